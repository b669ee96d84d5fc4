import type { Assessment } from '../domain/assessment-schema';
import { allQuestions, type Questionnaire } from '../domain/questionnaire-schema';
import { levelOf, scoreAssessment, scoreSummary, type AssessmentResult } from '../domain/scoring';
import type { CommandSpec, Output } from './cli-io';
import { bankFileOf, EXIT, oneLine, readAssessmentFile, runCommand } from './cli-io';

export const SCORE_USAGE = 'usage: score [--json] [--bank <question bank.json>] <assessment.json>';

const SPEC: CommandSpec = {
  name: 'score',
  usage: SCORE_USAGE,
  help: [
    "Prints each theme's score, band, coverage and provisional flag, the overall score, and the gaps.",
    '  --json  print them as JSON',
  ],
  flags: ['--json'],
  values: ['--bank'],
  checkPositional: (files) => (files.length === 1 ? null : 'give exactly one assessment file'),
};

export function scoreCommand(args: string[], output?: Output): Promise<number> {
  return runCommand(SPEC, args, output, ({ positional, flags, values }, io) => {
    const file = positional[0] as string;

    const read = readAssessmentFile(io, file, bankFileOf(values));
    if (typeof read === 'number') return read;
    const { bank, restored } = read;
    const { assessment, droppedQuestionIds, otherBankVersion } = restored;
    if (droppedQuestionIds.length > 0) {
      io.err(
        `${file}: note: ignored answers to questions not in the question bank: ${droppedQuestionIds.join(', ')}`,
      );
    }
    if (otherBankVersion) {
      io.err(
        `${file}: note: made with question bank version ${otherBankVersion}; scored with ${bank.version}`,
      );
    }
    const result = scoreAssessment(bank, assessment);
    if (flags.has('--json')) io.out(JSON.stringify(scoreSummary(result), null, 2));
    else for (const line of scoreTable(bank, assessment, result)) io.out(line);
    return EXIT.ok;
  });
}

const oneDecimal = (n: number | null) => (n === null ? '–' : n.toFixed(1));
const percent = (n: number) => `${Math.round(n * 100)}%`;

/** The readable form of `score`: a fixed-width table, then the gaps with their question text. */
export function scoreTable(
  bank: Questionnaire,
  assessment: Assessment,
  result: AssessmentResult,
): string[] {
  const header = ['Theme', 'Score', 'Band', 'Coverage', 'Provisional'];
  const rows = result.themes.map((t) => [
    `${t.title} (${t.themeId})`,
    oneDecimal(t.score),
    t.band ?? 'no score',
    `${percent(t.coverage)} (${t.answeredWithLevel}/${t.total})`,
    t.score === null ? '–' : t.provisional ? 'yes' : 'no',
  ]);
  const overall = ['Overall', oneDecimal(result.overall), result.overallBand ?? 'no score', '', ''];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...[...rows, overall].map((r) => (r[i] as string).length)),
  );
  // Numbers right-aligned so decimals line up; text left-aligned.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 1 ? c.padStart(widths[i] as number) : c.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd();

  const questions = new Map(allQuestions(bank).map((q) => [q.id, q]));
  const gapLines = (ids: string[], describe: (id: string) => string) =>
    ids.length === 0
      ? ['  none']
      : ids.map((id) => oneLine(`  ${id}${describe(id)}: ${questions.get(id)?.text ?? ''}`));

  const out = [
    oneLine(
      `${assessment.about.organisation}, assessed ${assessment.about.date} (question bank ${bank.id} ${bank.version})`,
    ),
    '',
    line(header),
    line(header.map((_, i) => '-'.repeat(widths[i] as number))),
    ...rows.map(line),
    line(overall),
  ];
  if (assessment.settings.hideOverall)
    out.push('(this assessment hides the overall score in the app)');
  out.push(
    '',
    `Critical gaps (${result.criticalGaps.length}): critical questions answered at level 0 or 1`,
    ...gapLines(result.criticalGaps, (id) => ` (level ${levelOf(assessment.answers[id]) ?? '?'})`),
    '',
    `Evidence gaps (${result.evidenceGaps.length}): questions answered "Don't know"`,
    ...gapLines(result.evidenceGaps, () => ''),
    '',
    `Provisional: coverage under 60% of the theme's questions answered with a level.`,
  );
  return out;
}
