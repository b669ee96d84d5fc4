import type { WorkshopAggregate } from '../domain/aggregate';
import { responseRows } from '../domain/aggregate-compare';
import { roleCount } from '../domain/aggregate-labels';
import {
  COUNT_BY_TEXT,
  hiddenReason,
  type CountBy,
  type GroupStats,
} from '../domain/aggregate-stats';
import type { Questionnaire } from '../domain/questionnaire-schema';
import { oneLine } from './cli-io';

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

const statsOf = (by: CountBy) => (g: GroupStats, f: (x: number) => string) =>
  g.stats
    ? [String(g.n), f(g.stats.min), f(g.stats.q1), f(g.stats.median), f(g.stats.q3), f(g.stats.max)]
    : [String(g.n), hiddenReason(g, by), '', '', '', ''];

/** The readable form: theme distributions, the ten questions of most disagreement, council against VCS. */
export function aggregateTable(bank: Questionnaire, agg: WorkshopAggregate): string[] {
  const by = agg.countBy;
  const stats = statsOf(by);
  const responses = responseRows(agg);
  const questionText = new Map(
    bank.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
  );
  const roles = (Object.keys(agg.roleCounts) as (keyof typeof agg.roleCounts)[]).filter(
    (r) => agg.roleCounts[r] > 0,
  );
  const out = [
    `${agg.respondents} responses from ${agg.organisations} organisations (${roles.map((r) => roleCount(r, agg.roleCounts[r])).join(', ')}); question bank ${bank.id} ${bank.version}`,
    '',
    `Figures: ${COUNT_BY_TEXT[by]}`,
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
        t.council.stats ? f1(t.council.stats.median) : hiddenReason(t.council, by),
        t.vcs.stats ? f1(t.vcs.stats.median) : hiddenReason(t.vcs, by),
        t.difference === null ? '–' : f1(t.difference),
      ]),
    ),
    '',
    'Each council (median of its responses)',
    ...table(
      ['Council', 'Responses', ...agg.themes.map((t) => t.themeId)],
      agg.councils.map((c) => [
        oneLine(c.label),
        String(c.respondents),
        ...c.themes.map((t) => (t.score === null ? '–' : f1(t.score))),
      ]),
    ),
    '',
    ...(responses.length > 0
      ? [
          'Each response',
          ...table(
            ['Response', 'Role', ...agg.themes.map((t) => t.themeId)],
            responses.map((x) => [
              oneLine(x.label),
              x.role ?? '',
              ...x.participant.result.themes.map((t) => (t.score === null ? '–' : f1(t.score))),
            ]),
            2,
          ),
        ]
      : [
          'Single responses are not listed: without --names they are given only when every council has 3 or more.',
        ]),
  ];
  return out;
}
