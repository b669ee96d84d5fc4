import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildReportModel, type SourceNote } from '../domain/report-model';
import { parseMarkdownNote } from '../domain/report-markdown';
import { EDITIONS, isEdition } from '../domain/report-wording';
import { renderReportDocx } from '../report/docx-report';
import { renderReportPdf } from '../report/pdf-report';
import type { CommandSpec, Output } from './cli-io';
import { bankFileOf, EXIT, oneLine, readAssessmentFile, runCommand, usageError } from './cli-io';
import { checkOutputPath, writeOutputFile } from './output-path';

export const REPORT_USAGE =
  'usage: report [--edition cabinet|full] [--force] [--bank <question bank.json>] [--seeds <folder>] <assessment.json> <out.pdf|out.docx>';

const SPEC: CommandSpec = {
  name: 'report',
  usage: REPORT_USAGE,
  help: [
    'Writes the action report of an assessment file as a PDF or a Word file.',
    '  --edition  cabinet (the cabinet paper with the record as an annex; the default) or full',
    '  --force    replace an existing output file',
    '  --seeds    the folder of source notes printed in the appendix (default: seeds/)',
  ],
  values: ['--bank', '--seeds', '--edition'],
  flags: ['--force'],
  checkPositional: (files) =>
    files.length === 2 ? null : 'give an assessment file and an output file',
};

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

/** `report <assessment.json> <out.pdf|out.docx>`: the action report, from a file, for facilitators. */
export function reportCommand(args: string[], output?: Output): Promise<number> {
  return runCommand(SPEC, args, output, async ({ positional, flags, values }, io) => {
    const [file, out] = positional as [string, string];
    const edition = values.get('--edition') ?? 'cabinet';
    if (!isEdition(edition))
      return usageError(
        io,
        `--edition must be ${Object.keys(EDITIONS).join(' or ')}, not ${edition}`,
        REPORT_USAGE,
      );
    const bankFile = bankFileOf(values);
    const force = flags.has('--force');
    // The output is checked before anything is read, so a wrong path costs nothing.
    const refused = checkOutputPath(out, {
      inputs: [file, bankFile],
      extensions: ['.pdf', '.docx'],
      force,
    });
    if (refused) {
      io.err(refused);
      return EXIT.usage;
    }

    const read = readAssessmentFile(io, file, bankFile);
    if (typeof read === 'number') return read;

    const model = buildReportModel(
      read.bank,
      read.restored.assessment,
      readSourceNotes(values.get('--seeds') ?? SEEDS_DIR),
    );
    const bytes =
      extname(out).toLowerCase() === '.pdf'
        ? new Uint8Array(renderReportPdf(model, edition))
        : await renderReportDocx(model, edition);
    const written = writeOutputFile(out, bytes, force);
    if (written) {
      io.err(`${out}: cannot write the file (${written})`);
      return EXIT.invalid;
    }
    io.out(
      oneLine(
        `wrote ${out}: ${EDITIONS[edition].toLowerCase()} (${Math.round(bytes.byteLength / 1024)} KB)`,
      ),
    );
    return EXIT.ok;
  });
}
