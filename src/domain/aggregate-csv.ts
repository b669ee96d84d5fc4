import type { WorkshopAggregate } from './aggregate';
import { SHORT_ROLE } from './aggregate-labels';
import { TOO_FEW_LABEL, type GroupStats } from './aggregate-stats';
import { toCsv, type CsvValue } from './csv';
import type { Questionnaire } from './questionnaire-schema';

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;

function statCells(g: GroupStats, round: (x: number) => number): CsvValue[] {
  const s = g.stats;
  if (!s) return [g.n, TOO_FEW_LABEL, '', '', '', '', '', ''];
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
  'Responses',
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
 * opens as one sheet. Participants appear only under their display labels, which are anonymous
 * unless the facilitator switched anonymisation off.
 */
export function aggregateCsv(questionnaire: Questionnaire, agg: WorkshopAggregate): string {
  const questionText = new Map(
    questionnaire.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
  );
  const rows: CsvValue[][] = [['Section', 'Item', 'Detail', ...STAT_HEADER]];
  rows.push(['Overall score', 'All respondents', '', ...statCells(agg.overall, round1)]);
  for (const t of agg.themes)
    rows.push(['Theme score', t.title, t.themeId, ...statCells(t.group, round1)]);
  for (const q of agg.questions) {
    rows.push([
      'Question level',
      questionText.get(q.questionId) ?? q.questionId,
      q.questionId,
      ...statCells(q.group, round2),
    ]);
  }
  for (const r of agg.byRole) {
    for (const t of r.themes) {
      const title = agg.themes.find((x) => x.themeId === t.themeId)?.title ?? t.themeId;
      rows.push([
        `Theme score: ${SHORT_ROLE[r.role]}`,
        title,
        t.themeId,
        ...statCells(t.group, round1),
      ]);
    }
  }
  rows.push([]);
  rows.push([
    'Section',
    'Item',
    'Detail',
    'Council responses',
    'Council median',
    'VCS responses',
    'VCS median',
    'Council minus VCS',
  ]);
  for (const t of agg.councilVsVcs.themes) {
    rows.push([
      'Council vs VCS: theme median score',
      t.title,
      t.themeId,
      t.council.n,
      t.council.stats ? round1(t.council.stats.median) : TOO_FEW_LABEL,
      t.vcs.n,
      t.vcs.stats ? round1(t.vcs.stats.median) : TOO_FEW_LABEL,
      t.difference === null ? '' : round1(t.difference),
    ]);
  }
  for (const q of agg.councilVsVcs.questions) {
    rows.push([
      'Council vs VCS: question mean level',
      q.text,
      q.questionId,
      q.council.n,
      q.council.stats ? round2(q.council.stats.mean) : TOO_FEW_LABEL,
      q.vcs.n,
      q.vcs.stats ? round2(q.vcs.stats.mean) : TOO_FEW_LABEL,
      q.difference === null ? '' : round2(q.difference),
    ]);
  }
  rows.push([]);
  rows.push(['Section', 'Respondent', 'Role', 'Overall', ...agg.themes.map((t) => t.title)]);
  for (const p of agg.participants) {
    rows.push([
      'Respondent scores',
      p.label,
      SHORT_ROLE[p.role],
      p.result.overall === null ? '' : round1(p.result.overall),
      ...p.result.themes.map((t) => (t.score === null ? '' : round1(t.score))),
    ]);
  }
  return toCsv(rows);
}
