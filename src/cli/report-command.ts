import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreAssessment } from '../domain/assessment-file';
import type { Issue } from '../domain/result';
import { buildReportModel, type SourceNote } from '../domain/report-model';
import { parseMarkdownNote } from '../domain/report-markdown';
import { EDITIONS, isEdition, type Edition } from '../domain/report-wording';
import { renderReportDocx } from '../report/docx-report';
import { renderReportPdf } from '../report/pdf-report';
import {
  BUILT_IN_BANK,
  consoleOutput,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  issueLine,
  oneLine,
  parseArgs,
  readBank,
  readJsonFile,
  type Output,
} from './cli-io';

export const REPORT_USAGE =
  'usage: report [--edition cabinet|full] [--force] [--bank <question bank.json>] [--seeds <folder>] <assessment.json> <out.pdf|out.docx>';

/** A path as the file system sees it: symlinks and `..` resolved, so one file has one name. */
function canonical(path: string): string {
  const full = resolve(path);
  try {
    return realpathSync(full);
  } catch {
    // The file does not exist yet: resolve its folder, which may itself be a link.
    try {
      return join(realpathSync(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}

/**
 * Why the output path cannot be written, or null: it must end in .pdf or .docx, must not name one
 * of the input files, and replaces an existing file only with --force.
 */
export function outputProblem(
  out: string,
  inputs: readonly string[],
  force: boolean,
): string | null {
  const format = extname(out).toLowerCase();
  if (format !== '.pdf' && format !== '.docx') return 'the output file must end in .pdf or .docx';
  const target = canonical(out);
  if (inputs.some((file) => canonical(file) === target))
    return 'the output file is one of the input files; choose another name';
  if (!force && existsSync(out)) return 'the file already exists; add --force to replace it';
  return null;
}

/** The project's notes on the source documents, cited by the bank and printed in the appendix. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

/** Read `<dir>/*.md` as source notes; a missing folder gives none rather than failing the report. */
export function readSourceNotes(dir: string): SourceNote[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.md') && n !== 'README.md');
  } catch {
    return [];
  }
  return names.sort().map((name) => {
    const body = readFileSync(join(dir, name), 'utf8');
    const id = name.slice(0, -3);
    return { id, title: parseMarkdownNote(body).title ?? id, body };
  });
}

function fail(io: Output, file: string, issues: Issue[]): number {
  // One line per bad file: the first problem names the file; the rest are summarised.
  const [first] = issues;
  const more =
    issues.length > 1
      ? ` (and ${issues.length - 1} more ${issues.length === 2 ? 'problem' : 'problems'})`
      : '';
  io.err(`error: ${issueLine(file, first ?? { path: '', message: 'invalid' })}${more}`);
  return EXIT_INVALID;
}

/** `report <assessment.json> <out.pdf|out.docx>`: the action report, from a file, for facilitators. */
export async function reportCommand(args: string[], io: Output = consoleOutput): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(REPORT_USAGE);
    return EXIT_OK;
  }
  const parsed = parseArgs(args, {
    values: ['--bank', '--seeds', '--edition'],
    flags: ['--force'],
  });
  if (!parsed.ok || parsed.value.positional.length !== 2) {
    io.err(
      `error: report: ${parsed.ok ? 'give an assessment file and an output file' : (parsed.issues[0]?.message ?? 'bad arguments')}. ${REPORT_USAGE}`,
    );
    return EXIT_USAGE;
  }
  const [file, out] = parsed.value.positional as [string, string];
  const edition = parsed.value.values.get('--edition') ?? 'cabinet';
  if (!isEdition(edition)) {
    io.err(
      oneLine(
        `error: report: --edition must be ${Object.keys(EDITIONS).join(' or ')}, not ${edition}. ${REPORT_USAGE}`,
      ),
    );
    return EXIT_USAGE;
  }
  const format = extname(out).toLowerCase();
  const bankFile = parsed.value.values.get('--bank') ?? BUILT_IN_BANK;
  const problem = outputProblem(out, [file, bankFile], parsed.value.flags.has('--force'));
  if (problem) {
    io.err(oneLine(`error: ${out}: ${problem}`));
    return EXIT_USAGE;
  }

  const json = readJsonFile(file);
  if (!json.ok) return fail(io, file, json.issues);
  const bank = readBank(bankFile);
  if (!bank.ok) return fail(io, bankFile, bank.issues);
  const restored = restoreAssessment(json.value, bank.value);
  if (!restored.ok) return fail(io, file, restored.issues);

  const model = buildReportModel(
    bank.value,
    restored.value.assessment,
    readSourceNotes(parsed.value.values.get('--seeds') ?? SEEDS_DIR),
  );
  const chosen: Edition = edition;
  const bytes =
    format === '.pdf'
      ? new Uint8Array(renderReportPdf(model, chosen))
      : await renderReportDocx(model, chosen);
  try {
    writeFileSync(out, bytes);
  } catch (e) {
    io.err(
      oneLine(
        `error: ${out}: cannot write the file (${e instanceof Error ? e.message : String(e)})`,
      ),
    );
    return EXIT_INVALID;
  }
  io.out(
    oneLine(
      `wrote ${out}: ${EDITIONS[chosen].toLowerCase()} (${Math.round(bytes.byteLength / 1024)} KB)`,
    ),
  );
  return EXIT_OK;
}
