import type { WorkshopAggregate } from '../domain/aggregate';
import { formatDate } from '../domain/format';
import { COUNCIL_UNIT_RULE } from '../domain/workshop-rules';
import { roleCount, SHORT_ROLE } from '../domain/aggregate-labels';
import {
  COUNT_BY_TEXT,
  hiddenReason,
  MIN_GROUP,
  type CountBy,
  type GroupStats,
} from '../domain/aggregate-stats';
import { workshopHighlights } from '../domain/aggregate-highlights';
import { ROLES } from '../domain/options';
import type { Questionnaire } from '../domain/questionnaire-schema';
import type { WorkshopChange } from '../domain/workshop-change';
import { COLOURS, PdfKit, SIZES } from './pdf-kit';
import { appendices } from './workshop-pdf-appendix';
import { axis, boxRow } from './workshop-pdf-box';
import { changeSection } from './workshop-pdf-change';

export type WorkshopPdfInput = {
  workshop: { name: string; date: string };
  anonymise: boolean;
  questionnaire: Questionnaire;
  aggregate: WorkshopAggregate;
  /** The network's movement since a previous workshop, when the facilitator added one. */
  change?: WorkshopChange | null;
  /** How many discussion prompts (questions of most disagreement) to list. */
  prompts?: number;
};

const f1 = (x: number) =>
  (Math.round(x * 10) / 10).toFixed(Number.isInteger(Math.round(x * 10) / 10) ? 0 : 1);
const f2 = (x: number) => x.toFixed(2);
const signed = (x: number, f: (x: number) => string) =>
  x > 0 ? `+${f(x)}` : x < 0 ? `-${f(-x)}` : f(0);

const statRow = (g: GroupStats, f: (x: number) => string, by: CountBy): string[] =>
  g.stats
    ? [String(g.n), f(g.stats.min), f(g.stats.q1), f(g.stats.median), f(g.stats.q3), f(g.stats.max)]
    : [String(g.n), hiddenReason(g, by), '', '', '', ''];

/** The workshop pack: network summary, per-theme distributions, discussion prompts and differences by role. */
export function renderWorkshopPdf(input: WorkshopPdfInput): ArrayBuffer {
  const { workshop, aggregate: agg, questionnaire } = input;
  const by = agg.countBy;
  const counting = `Figures: ${COUNT_BY_TEXT[by]}.`;
  const title = `Workshop pack: ${workshop.name}`;
  const kit = new PdfKit({
    title,
    author: 'Big Society Readiness',
    subject: 'Learning-network workshop: aggregated readiness self-assessments',
    keywords: 'workshop, benchmark, readiness, self-assessment',
    runningHeader: workshop.name,
    runningFooter: `Workshop pack, ${formatDate(workshop.date)}`,
    marking: 'OFFICIAL',
  });
  const questionText = new Map(
    questionnaire.themes.flatMap((t) => t.questions.map((q) => [q.id, q.text] as const)),
  );
  const themeTitle = new Map(questionnaire.themes.map((t) => [t.id, t.title] as const));

  kit.paragraph('Big Society Readiness', { size: SIZES.h3, colour: COLOURS.muted, after: 1 });
  kit.paragraph(title, { size: SIZES.title, style: 'bold', after: 3 });
  kit.paragraph(formatDate(workshop.date), { size: SIZES.h2, after: 6 });

  const roles = (Object.keys(ROLES) as (keyof typeof ROLES)[])
    .filter((r) => agg.roleCounts[r] > 0)
    .map((r) => roleCount(r, agg.roleCounts[r]));
  kit.heading('The network at a glance', 1);
  kit.paragraph(
    `${agg.respondents} ${agg.respondents === 1 ? 'response' : 'responses'} from ${agg.organisations} ${agg.organisations === 1 ? 'organisation' : 'organisations'}` +
      (roles.length ? ` (${roles.join(', ')}).` : '.'),
  );
  kit.paragraph(
    input.anonymise
      ? 'Organisations are shown anonymously as Council A, Council B and so on. The letters were drawn at random for this workshop: they do not follow the alphabet and cannot be worked out from the names.'
      : 'Anonymisation was switched off for this pack: organisations are named. Check before sharing it.',
  );
  kit.paragraph(
    `Scores are 0-100 from the questions answered with a level (see "How scoring works"). Quartiles are found by linear interpolation (the method of R's default and Excel's QUARTILE.INC). No figure is given for a group of fewer than ${MIN_GROUP}. ${COUNCIL_UNIT_RULE} ${counting}`,
    { size: SIZES.small, colour: COLOURS.muted, after: 4 },
  );

  if (agg.overall.stats) {
    const o = agg.overall.stats;
    kit.labelled(
      'Overall',
      `median ${f1(o.median)}, half of responses between ${f1(o.q1)} and ${f1(o.q3)}, range ${f1(o.min)} to ${f1(o.max)}`,
    );
  }
  const h = workshopHighlights(questionnaire, agg);
  if (h.strongest && h.weakest) {
    kit.labelled('Strongest theme', `${h.strongest.title} (median ${f1(h.strongest.median)})`);
    kit.labelled('Weakest theme', `${h.weakest.title} (median ${f1(h.weakest.median)})`);
  }
  if (h.councilVcsGap) {
    const side =
      h.councilVcsGap.difference > 0
        ? 'the council rates itself higher than its VCS partners do'
        : 'VCS partners rate the council higher than it rates itself';
    kit.labelled(
      'Largest council-VCS gap',
      `${h.councilVcsGap.title}: ${side}, by ${f1(Math.abs(h.councilVcsGap.difference))} points`,
    );
  }
  if (h.prompts.length > 0) {
    kit.heading('Where to start the discussion', 2, 20);
    kit.bullets(
      h.prompts.map(
        (p) => `${p.text} (${p.theme}; answers ranged from level ${p.min} to level ${p.max})`,
      ),
    );
  }
  kit.moveDown(4);

  kit.heading('Scores by theme', 1, 60);
  kit.paragraph(
    `${counting} Each row: the line runs from the lowest to the highest score, the blue box holds the middle half, the dark bar is the median, and each tick under it is one ${by === 'council' ? 'council' : 'response'}.`,
    {
      size: SIZES.small,
      colour: COLOURS.muted,
    },
  );
  axis(kit);
  for (const t of agg.themes) boxRow(kit, t.title, t.group, t.points, by);
  kit.moveDown(3);
  kit.table(
    [
      { header: 'Theme', width: 4 },
      { header: by === 'council' ? 'Councils' : 'Responses', width: 1.4 },
      { header: 'Minimum', width: 1.3 },
      { header: 'Lower quartile', width: 1.4 },
      { header: 'Median', width: 1.2 },
      { header: 'Upper quartile', width: 1.4 },
      { header: 'Maximum', width: 1.3 },
    ],
    agg.themes.map((t) => [t.title, ...statRow(t.group, f1, by)]),
    { caption: `Theme scores across the network (0-100), ${COUNT_BY_TEXT[by]}`, boldColumn: 0 },
  );
  if (input.change) changeSection(kit, input.change);

  const prompts = agg.questions.filter((q) => q.group.stats).slice(0, input.prompts ?? 10);
  kit.heading('Discussion prompts: where responses disagree most', 1, 40);
  kit.paragraph(
    `${counting} Questions ordered by the spread of the levels (standard deviation, compared exactly; ties by interquartile range, then bank order). Level counts are of responses, from level 0 to level 4.`,
    {
      size: SIZES.small,
      colour: COLOURS.muted,
    },
  );
  if (prompts.length === 0) kit.paragraph(`No question has ${MIN_GROUP} or more with a level yet.`);
  else
    kit.table(
      [
        { header: '#', width: 0.7 },
        { header: 'Question', width: 5.6 },
        { header: 'Theme', width: 2.2 },
        { header: by === 'council' ? 'Councils' : 'Responses', width: 1.6 },
        { header: 'Levels 0/1/2/3/4', width: 1.9 },
        { header: "Don't know", width: 1.1 },
        { header: 'Spread (SD)', width: 1.2 },
      ],
      prompts.map((q, i) => [
        String(i + 1),
        questionText.get(q.questionId) ?? q.questionId,
        themeTitle.get(q.themeId) ?? q.themeId,
        String(q.group.n),
        q.counts.join(' / '),
        String(q.dontKnow),
        q.disagreement === null ? '' : f2(q.disagreement),
      ]),
      { boldColumn: 0 },
    );

  kit.heading('Views by role', 1, 40);
  kit.table(
    [
      { header: 'Theme', width: 3 },
      ...agg.byRole.map((r) => ({
        header: `${SHORT_ROLE[r.role]} (${r.respondents})`,
        width: 1.4,
      })),
    ],
    agg.themes.map((t) => [
      t.title,
      ...agg.byRole.map((r) => {
        const g = r.themes.find((x) => x.themeId === t.themeId)?.group;
        return g?.stats ? f1(g.stats.median) : g ? hiddenReason(g, by) : '';
      }),
    ]),
    { caption: `Median theme score by respondent role, ${COUNT_BY_TEXT[by]}`, boldColumn: 0 },
  );
  const councilN = agg.roleCounts.officer + agg.roleCounts.member;
  kit.heading("The council's view and the VCS's view", 2, 30);
  kit.paragraph(
    `Council: officers and elected members (${councilN}); VCS: voluntary and community sector partners (${agg.roleCounts.vcs}). A positive difference means the council rates itself higher than its VCS partners do.`,
    { size: SIZES.small, colour: COLOURS.muted },
  );
  kit.table(
    [
      { header: 'Theme', width: 3.5 },
      { header: 'Council median', width: 1.5 },
      { header: 'VCS median', width: 1.5 },
      { header: 'Difference', width: 1.5 },
    ],
    agg.councilVsVcs.themes.map((t) => [
      t.title,
      t.council.stats ? f1(t.council.stats.median) : hiddenReason(t.council, by),
      t.vcs.stats ? f1(t.vcs.stats.median) : hiddenReason(t.vcs, by),
      t.difference === null ? '' : signed(t.difference, f1),
    ]),
    { caption: `Theme scores (0-100), ${COUNT_BY_TEXT[by]}`, boldColumn: 0 },
  );
  const qDiffs = agg.councilVsVcs.questions
    .filter((q) => q.difference !== null)
    .slice(0, input.prompts ?? 10);
  if (qDiffs.length > 0)
    kit.table(
      [
        { header: 'Question', width: 6 },
        { header: 'Council mean level', width: 1.5 },
        { header: 'VCS mean level', width: 1.5 },
        { header: 'Difference', width: 1.3 },
      ],
      qDiffs.map((q) => [
        q.text,
        f2(q.council.stats?.mean ?? 0),
        f2(q.vcs.stats?.mean ?? 0),
        signed(q.difference ?? 0, f2),
      ]),
      { caption: 'Questions where the two views differ most' },
    );

  appendices(kit, agg);

  return kit.finish();
}
