import { randomInt } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { aggregate } from '../domain/aggregate';
import { compareNames } from '../domain/aggregate-labels';
import { aggregateReport } from '../domain/aggregate-report';
import type { Assessment } from '../domain/assessment-schema';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { wrapWords } from '../domain/format';
import { isRealDate } from '../domain/workshop';
import { COUNCIL_UNIT_RULE } from '../domain/workshop-rules';
import { dedupeAssessments } from '../domain/workshop-duplicates';
import { readIncomingFile } from '../domain/workshop-import';
import { bankVersionNote } from '../domain/workshop-import-plan';
import { lettersFor, type RandomInt } from '../domain/workshop-letters';
import { aggregateTable } from './aggregate-table';
import {
  bankFileOf,
  EXIT,
  oneLine,
  readBank,
  readTextFile,
  reportIssues,
  runCommand,
  usageError,
  type CommandSpec,
  type Output,
  type ParsedArgs,
} from './cli-io';
import { checkOutputPath, writeOutputFile } from './output-path';

export const AGGREGATE_USAGE =
  'usage: aggregate <assessment files or folders> [--json] [--pdf <out.pdf> [--force]] [--names] [--per-response] [--title <workshop name>] [--date YYYY-MM-DD] [--bank <question bank.json>]';

const SPEC: CommandSpec = {
  name: 'aggregate',
  usage: AGGREGATE_USAGE,
  help: [
    '',
    'Combines many assessment files (a learning-network workshop): theme score distributions,',
    'the questions of most disagreement, and the council (officers, members) against VCS partners.',
    'A folder stands for every .json file in it. Organisations are shown as "Council A", "Council B"…',
    '(letters drawn at random on each run) unless --names is given; without --names, files are also',
    'called by their place ("file 3 of 30"), not their names. No figure is shown for a group of',
    'fewer than 3. Figures count each council once (the median of its respondents) unless',
    '--per-response is given. Two files with one assessment id count once: the newest updatedAt wins.',
    ...wrapWords(COUNCIL_UNIT_RULE, 98),
    '',
    '  --json          print the aggregates as JSON instead of a table',
    '  --pdf           also write the workshop pack as a PDF (a new .pdf file that is not an input)',
    '  --force         let --pdf replace an existing file',
    '  --per-response  count every response instead of every council once',
    '',
    'A bad file is reported on one line (aggregate: file: problem) and left out; the exit code is then 1.',
  ],
  flags: ['--json', '--names', '--force', '--per-response'],
  values: ['--pdf', '--bank', '--title', '--date'],
  checkPositional: (inputs) =>
    inputs.length > 0 ? null : 'give at least one assessment file or folder',
};

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
      .sort(compareNames)
      .map((n) => join(input, n));
    if (inside.length === 0) problems.push(oneLine(`${input}: the folder has no .json files`));
    files.push(...inside);
  }
  return { files, problems };
}

export type LoadedFiles = { assessments: Assessment[]; errors: string[]; notes: string[] };

/**
 * Read, validate and restore each file; a bad file becomes one line naming it and its problem (by
 * its place, "file 3 of 30", unless `names`). Copies of one assessment id count once, by the same
 * rule as the browser's: the newest `updatedAt` wins, and both are listed.
 */
export function loadAssessmentFiles(
  files: string[],
  bank: Questionnaire,
  names = true,
): LoadedFiles {
  const good: { source: number; assessment: Assessment }[] = [];
  const errors: string[] = [];
  const notes: string[] = [];
  const call = (i: number) => (names ? (files[i] as string) : `file ${i + 1} of ${files.length}`);
  files.forEach((file, i) => {
    const text = readTextFile(file);
    if (!text.ok) {
      errors.push(oneLine(`${call(i)}: ${text.issues.map((x) => x.message).join('; ')}`));
      return;
    }
    const outcome = readIncomingFile(
      { name: call(i), size: Buffer.byteLength(text.value), text: text.value },
      bank,
    );
    if (outcome.kind === 'error') errors.push(oneLine(`${call(i)}: ${outcome.message}`));
    else if (outcome.kind === 'benchmark')
      errors.push(
        oneLine(
          `${call(i)}: is a network benchmark, not an assessment; it cannot be aggregated again`,
        ),
      );
    else {
      const note = bankVersionNote(outcome.restored);
      if (note) notes.push(oneLine(`${call(i)}: note: ${note}`));
      good.push({ source: i, assessment: outcome.restored.assessment });
    }
  });
  const { kept, duplicates } = dedupeAssessments(good);
  for (const d of duplicates) {
    notes.push(
      oneLine(
        `${call(d.kept)}: note: the same assessment as ${d.left.map(call).join(', ')}; counted once, this newest copy kept`,
      ),
    );
  }
  return { assessments: kept.map((k) => k.assessment), errors, notes };
}

/** A uniform random integer from node:crypto, for the anonymous letters. */
const cryptoRandom: RandomInt = (bound) => randomInt(bound);

export function aggregateCommand(
  args: string[],
  output?: Output,
  random: RandomInt = cryptoRandom,
): Promise<number> {
  return runCommand(SPEC, args, output, (parsed, io) => combine(parsed, io, random));
}

async function combine(
  { positional, flags, values }: ParsedArgs,
  io: Output,
  random: RandomInt,
): Promise<number> {
  const date = values.get('--date') ?? new Date().toISOString().slice(0, 10);
  if (!isRealDate(date))
    return usageError(io, '--date must be a real date written YYYY-MM-DD', AGGREGATE_USAGE);
  const bankFile = bankFileOf(values);
  const bank = readBank(bankFile);
  if (!bank.ok) return reportIssues(io, bankFile, bank.issues);
  const { files, problems } = expand(positional);
  const anonymise = !flags.has('--names');
  const pdfFile = values.get('--pdf');
  const force = flags.has('--force');
  // The output is checked before anything is read, so a wrong path costs nothing.
  const refused = pdfFile
    ? checkOutputPath(pdfFile, { inputs: [...files, bankFile], extensions: ['.pdf'], force })
    : null;
  if (refused) {
    io.err(refused);
    return EXIT.usage;
  }
  const loaded = loadAssessmentFiles(files, bank.value, !anonymise);
  for (const line of [...problems, ...loaded.errors]) io.err(line);
  for (const line of loaded.notes) io.err(line);
  if (loaded.assessments.length === 0) {
    io.err('no valid assessment files to combine');
    return EXIT.invalid;
  }
  const agg = aggregate(bank.value, loaded.assessments, {
    anonymise,
    letters: lettersFor(
      loaded.assessments.map((a) => a.about.organisation),
      random,
    ),
    countBy: flags.has('--per-response') ? 'response' : 'council',
  });
  if (flags.has('--json')) io.out(JSON.stringify(aggregateReport(agg), null, 2));
  else for (const line of aggregateTable(bank.value, agg)) io.out(line);

  if (pdfFile) {
    const { renderWorkshopPdf } = await import('../report/workshop-pdf');
    const title =
      values.get('--title') ??
      (anonymise
        ? 'Learning-network workshop'
        : `Workshop of ${basename(positional[0] as string)}`);
    const bytes = renderWorkshopPdf({
      workshop: { name: title, date },
      anonymise,
      questionnaire: bank.value,
      aggregate: agg,
    });
    const written = writeOutputFile(pdfFile, new Uint8Array(bytes), force);
    if (written) {
      io.err(`${pdfFile}: cannot write the PDF (${written})`);
      return EXIT.invalid;
    }
    io.err(`wrote ${pdfFile}`);
  }
  return problems.length + loaded.errors.length > 0 ? EXIT.invalid : EXIT.ok;
}
