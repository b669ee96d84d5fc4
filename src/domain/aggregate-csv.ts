import type { WorkshopAggregate } from './aggregate';
import { responseRows } from './aggregate-compare';
import { SHORT_ROLE } from './aggregate-labels';
import { COUNT_BY_TEXT, hiddenReason, type CountBy, type GroupStats } from './aggregate-stats';
import { toCsv, type CsvValue } from './csv';
import type { Questionnaire } from './questionnaire-schema';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function statCells(g: GroupStats, round: (x: number) => number, by: CountBy): CsvValue[] {
  const s = g.stats;
  if (!s) return [g.n, hiddenReason(g, by), '', '', '', '', '', ''];
  return [
    g.n,
    round(s.min),
    round(s.q1),
    round(s.median),
    round(s.q3),
    round(s.max),
    round(s.mean),
    round(s.sd),
  ];
}

const STAT_HEADER = [
  'Counted',
  'Minimum',
  'Lower quartile',
  'Median',
  'Upper quartile',
  'Maximum',
  'Mean',
  'Standard deviation',
];

/**
 * The workshop's aggregated figures as one CSV in sections (a "Section" column says which), so it
 * opens as one sheet. Councils appear only under their labels (letters unless names are on), single
 * responses only where the page shows them, and never an overall score a respondent hid.
 */
export function aggregateCsv(questionnaire: Questionnaire, agg: WorkshopAggregate): string {
  const by = agg.countBy;
  const questionText = new Map(
    questionnaire.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
  );
  const rows: CsvValue[][] = [
    ['Counting', COUNT_BY_TEXT[by]],
    [],
    ['Section', 'Item', 'Detail', ...STAT_HEADER],
  ];
  rows.push(['Overall score', 'All respondents', '', ...statCells(agg.overall, round1, by)]);
  for (const t of agg.themes)
    rows.push(['Theme score', t.title, t.themeId, ...statCells(t.group, round1, by)]);
  for (const q of agg.questions) {
    rows.push([
      'Question level',
      questionText.get(q.questionId) ?? q.questionId,
      q.questionId,
      ...statCells(q.group, round2, by),
    ]);
  }
  for (const r of agg.byRole) {
    for (const t of r.themes) {
      const title = agg.themes.find((x) => x.themeId === t.themeId)?.title ?? t.themeId;
      rows.push([
        `Theme score: ${SHORT_ROLE[r.role]}`,
        title,
        t.themeId,
        ...statCells(t.group, round1, by),
      ]);
    }
  }
  rows.push([]);
  rows.push([
    'Section',
    'Item',
    'Detail',
    'Council side counted',
    'Council median',
    'VCS counted',
    'VCS median',
    'Council minus VCS',
  ]);
  for (const t of agg.councilVsVcs.themes) {
    rows.push([
      'Council vs VCS: theme median score',
      t.title,
      t.themeId,
      t.council.n,
      t.council.stats ? round1(t.council.stats.median) : hiddenReason(t.council, by),
      t.vcs.n,
      t.vcs.stats ? round1(t.vcs.stats.median) : hiddenReason(t.vcs, by),
      t.difference === null ? '' : round1(t.difference),
    ]);
  }
  for (const q of agg.councilVsVcs.questions) {
    rows.push([
      'Council vs VCS: question mean level',
      q.text,
      q.questionId,
      q.council.n,
      q.council.stats ? round2(q.council.stats.mean) : hiddenReason(q.council, by),
      q.vcs.n,
      q.vcs.stats ? round2(q.vcs.stats.mean) : hiddenReason(q.vcs, by),
      q.difference === null ? '' : round2(q.difference),
    ]);
  }
  rows.push([]);
  rows.push([
    'Section',
    'Council',
    'Responses',
    'Overall (median)',
    ...agg.themes.map((t) => `${t.title} (median)`),
  ]);
  for (const c of agg.councils) {
    rows.push([
      'Council scores',
      c.label,
      c.respondents,
      c.overall === null ? '' : round1(c.overall),
      ...c.themes.map((t) => (t.score === null ? '' : round1(t.score))),
    ]);
  }
  const responses = responseRows(agg);
  if (responses.length > 0) {
    rows.push([]);
    rows.push(['Section', 'Response', 'Role', 'Overall', ...agg.themes.map((t) => t.title)]);
    for (const r of responses) {
      const p = r.participant;
      rows.push([
        'Response scores',
        r.label,
        r.role ?? '',
        p.overallHidden ? 'hidden by the respondent' : p.overall === null ? '' : round1(p.overall),
        ...p.result.themes.map((t) => (t.score === null ? '' : round1(t.score))),
      ]);
    }
  }
  return toCsv(rows);
}
