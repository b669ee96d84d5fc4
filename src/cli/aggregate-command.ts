import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { aggregate, type WorkshopAggregate } from '../domain/aggregate';
import { roleCount, SHORT_ROLE } from '../domain/aggregate-labels';
import { TOO_FEW_LABEL, type GroupStats } from '../domain/aggregate-stats';
import type { Assessment } from '../domain/assessment-schema';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { readIncomingFile } from '../domain/workshop-import';
import { bankVersionNote, errorLine } from '../domain/workshop-import-plan';
import {
  BUILT_IN_BANK,
  consoleOutput,
  EXIT_INVALID,
  EXIT_OK,
  EXIT_USAGE,
  oneLine,
  parseArgs,
  readBank,
  readTextFile,
  type Output,
} from './cli-io';

export const AGGREGATE_USAGE =
  'usage: aggregate <assessment files or folders> [--json] [--pdf <out.pdf>] [--names] [--title <workshop name>] [--date YYYY-MM-DD] [--bank <question bank.json>]';

const HELP = [
  AGGREGATE_USAGE,
  '',
  'Combines many assessment files (a learning-network workshop): theme score distributions,',
  'the questions of most disagreement, and the council (officers, members) against VCS partners.',
  'A folder stands for every .json file in it. Organisations are shown as "Council A", "Council B"…',
  'unless --names is given. No figure is shown for a group of fewer than 3 responses.',
  '',
  '  --json    print the aggregates as JSON instead of a table',
  '  --pdf     also write the workshop pack as a PDF',
  '',
  'A bad file is reported on one line (file: problem) and left out; the exit code is then 1.',
];

/** The files named on the command line, a folder standing for the .json files directly in it. */
function expand(inputs: string[]): { files: string[]; problems: string[] } {
  const files: string[] = [];
  const problems: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      // Left to readTextFile, which names the problem ("no such file").
    }
    if (!isDir) {
      files.push(input);
      continue;
    }
    const inside = readdirSync(input)
      .filter((n) => n.toLowerCase().endsWith('.json'))
      .sort((a, b) => a.localeCompare(b, 'en-GB', { numeric: true }))
      .map((n) => join(input, n));
    if (inside.length === 0) problems.push(oneLine(`${input}: the folder has no .json files`));
    files.push(...inside);
  }
  return { files, problems };
}

export type LoadedFiles = { assessments: Assessment[]; errors: string[]; notes: string[] };

/** Read, validate and restore each file; a bad file becomes one line naming it and its problem. */
export function loadAssessmentFiles(files: string[], bank: Questionnaire): LoadedFiles {
  const assessments: Assessment[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  const seen = new Map<string, string>();
  for (const file of files) {
    const text = readTextFile(file);
    if (!text.ok) {
      errors.push(oneLine(`${file}: ${text.issues.map((i) => i.message).join('; ')}`));
      continue;
    }
    const outcome = readIncomingFile(
      { name: file, size: Buffer.byteLength(text.value), text: text.value },
      bank,
    );
    if (outcome.kind === 'error') errors.push(oneLine(errorLine(outcome)));
    else if (outcome.kind === 'benchmark')
      errors.push(
        oneLine(
          `${file}: is a network benchmark, not an assessment; it cannot be aggregated again`,
        ),
      );
    else {
      const { assessment } = outcome.restored;
      const earlier = seen.get(assessment.id);
      if (earlier) {
        notes.push(
          oneLine(
            `${file}: note: the same assessment (id ${assessment.id}) as ${earlier}; counted once`,
          ),
        );
        continue;
      }
      seen.set(assessment.id, file);
      const note = bankVersionNote(outcome.restored);
      if (note) notes.push(oneLine(`${file}: note: ${note}`));
      assessments.push(assessment);
    }
  }
  return { assessments, errors, notes };
}

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

function table(header: string[], rows: string[][], rightFrom = 1): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) =>
        i >= rightFrom ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number),
      )
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

const stats = (g: GroupStats, f: (x: number) => string) =>
  g.stats
    ? [String(g.n), f(g.stats.min), f(g.stats.q1), f(g.stats.median), f(g.stats.q3), f(g.stats.max)]
    : [String(g.n), TOO_FEW_LABEL, '', '', '', ''];

/** The readable form: theme distributions, the ten questions of most disagreement, council against VCS. */
export function aggregateTable(bank: Questionnaire, agg: WorkshopAggregate): string[] {
  const questionText = new Map(
    bank.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
  );
  const roles = (Object.keys(agg.roleCounts) as (keyof typeof agg.roleCounts)[]).filter(
    (r) => agg.roleCounts[r] > 0,
  );
  const out = [
    `${agg.respondents} responses from ${agg.organisations} organisations (${roles.map((r) => roleCount(r, agg.roleCounts[r])).join(', ')}); question bank ${bank.id} ${bank.version}`,
    '',
    'Theme scores (0-100; quartiles by linear interpolation)',
    ...table(
      ['Theme', 'n', 'Min', 'Q1', 'Median', 'Q3', 'Max'],
      [
        ...agg.themes.map((t) => [`${t.title} (${t.themeId})`, ...stats(t.group, f1)]),
        ['Overall', ...stats(agg.overall, f1)],
      ],
    ),
    '',
    'Questions of most disagreement (standard deviation of levels)',
    ...table(
      ['Question', 'n', 'Levels 0/1/2/3/4', "Don't know", 'SD'],
      agg.questions
        .filter((q) => q.group.stats)
        .slice(0, 10)
        .map((q) => [
          oneLine(`${q.questionId}: ${questionText.get(q.questionId) ?? ''}`).slice(0, 90),
          String(q.group.n),
          q.counts.join('/'),
          String(q.dontKnow),
          f2(q.disagreement ?? 0),
        ]),
    ),
    '',
    'Council (officers and members) against VCS partners: median theme score',
    ...table(
      ['Theme', 'Council', 'VCS', 'Difference'],
      agg.councilVsVcs.themes.map((t) => [
        t.title,
        t.council.stats ? f1(t.council.stats.median) : `${TOO_FEW_LABEL} (${t.council.n})`,
        t.vcs.stats ? f1(t.vcs.stats.median) : `${TOO_FEW_LABEL} (${t.vcs.n})`,
        t.difference === null ? '–' : f1(t.difference),
      ]),
    ),
    '',
    'Each response',
    ...table(
      ['Response', 'Role', ...agg.themes.map((t) => t.themeId)],
      [...agg.participants]
        .sort((a, b) => a.label.localeCompare(b.label, 'en-GB', { numeric: true }))
        .map((p) => [
          oneLine(p.label),
          SHORT_ROLE[p.role],
          ...p.result.themes.map((t) => (t.score === null ? '–' : f1(t.score))),
        ]),
      2,
    ),
  ];
  return out;
}

export async function aggregateCommand(
  args: string[],
  io: Output = consoleOutput,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    for (const l of HELP) io.out(l);
    return EXIT_OK;
  }
  const parsed = parseArgs(args, {
    flags: ['--json', '--names'],
    values: ['--pdf', '--bank', '--title', '--date'],
  });
  if (!parsed.ok || parsed.value.positional.length === 0) {
    io.err(
      `aggregate: ${parsed.ok ? 'give at least one assessment file or folder' : (parsed.issues[0]?.message ?? 'bad arguments')}`,
    );
    io.err(AGGREGATE_USAGE);
    return EXIT_USAGE;
  }
  const { positional, flags, values } = parsed.value;
  const date = values.get('--date') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    io.err('aggregate: --date must be written YYYY-MM-DD');
    return EXIT_USAGE;
  }
  const bankFile = values.get('--bank') ?? BUILT_IN_BANK;
  const bank = readBank(bankFile);
  if (!bank.ok) {
    io.err(
      oneLine(
        `${bankFile}: ${bank.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`,
      ),
    );
    return EXIT_INVALID;
  }
  const { files, problems } = expand(positional);
  const loaded = loadAssessmentFiles(files, bank.value);
  for (const line of [...problems, ...loaded.errors]) io.err(line);
  for (const line of loaded.notes) io.err(line);
  if (loaded.assessments.length === 0) {
    io.err('aggregate: no valid assessment files to combine');
    return EXIT_INVALID;
  }
  const anonymise = !flags.has('--names');
  const agg = aggregate(bank.value, loaded.assessments, { anonymise });
  if (flags.has('--json')) io.out(JSON.stringify({ anonymised: anonymise, ...agg }, null, 2));
  else for (const line of aggregateTable(bank.value, agg)) io.out(line);

  const pdfFile = values.get('--pdf');
  if (pdfFile) {
    const { renderWorkshopPdf } = await import('../report/workshop-pdf');
    const title = values.get('--title') ?? `Workshop of ${basename(positional[0] as string)}`;
    const bytes = renderWorkshopPdf({
      workshop: { name: title, date },
      anonymise,
      questionnaire: bank.value,
      aggregate: agg,
    });
    try {
      writeFileSync(pdfFile, new Uint8Array(bytes));
    } catch (e) {
      io.err(
        oneLine(`${pdfFile}: cannot write the PDF (${e instanceof Error ? e.message : String(e)})`),
      );
      return EXIT_INVALID;
    }
    io.err(`wrote ${pdfFile}`);
  }
  return problems.length + loaded.errors.length > 0 ? EXIT_INVALID : EXIT_OK;
}
