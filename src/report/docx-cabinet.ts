import { HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { ReportModel } from '../domain/report-model';
import {
  CABINET_HEADINGS as C,
  CABINET_TITLE,
  PLAN_COLUMNS,
  WORDING,
} from '../domain/report-wording';
import { bullet, caption, heading, labelled, paras, table, type Block } from './docx-kit';

/**
 * The cabinet paper as Word blocks, and the blocks it shares with the full record (the marking
 * banner, the position table, the action plan table and the contents field).
 */

export const banner = (model: ReportModel): Block[] =>
  model.status.banner
    ? [
        new Paragraph({
          spacing: { before: 120, after: 60 },
          border: {
            top: { style: 'single', size: 12, color: '0B0C0C', space: 4 },
            bottom: { style: 'single', size: 12, color: '0B0C0C', space: 4 },
            left: { style: 'single', size: 36, color: 'D4351C', space: 6 },
            right: { style: 'single', size: 12, color: '0B0C0C', space: 4 },
          },
          children: [
            new TextRun({ text: model.status.banner, bold: true, size: 28 }),
            ...model.status.reasons.map((r) => new TextRun({ text: r, break: 1 })),
          ],
        }),
      ]
    : [];

/** The chart as a table: theme, score, band, target band and coverage. */
export const positionTable = (model: ReportModel): Block[] => [
  caption(WORDING.chartCaption),
  table(
    ['Theme', 'Score', 'Band', 'Target', 'Coverage'],
    [3, 1.1, 1.7, 2.8, 1.6],
    model.themes.map((t) => [
      t.title,
      t.scoreLabel,
      t.bandLabel,
      t.targetText,
      `${Math.round(t.coverage * 100)}%${t.provisional ? ' (provisional)' : ''}`,
    ]),
  ),
];

export const planTable = (actions: ReportModel['plan']['actions']): Block[] =>
  actions.length === 0
    ? paras(WORDING.planEmpty)
    : [
        table(
          PLAN_COLUMNS,
          [40, 10, 15, 13, 17, 12],
          actions.map((a) => a.cells),
        ),
      ];

const numbered = (items: readonly string[]): Block[] =>
  items.flatMap((item, i) => paras(`${i + 1}. ${item}`));

export const contents = () => [
  new Paragraph({ text: 'Contents', heading: HeadingLevel.HEADING_2 }),
  new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' }),
];

export function cabinetPaper(model: ReportModel): Block[] {
  const c = model.cabinet;
  return [
    ...paras(c.meetingLine, { italics: true }),
    new Paragraph({
      text: `${CABINET_TITLE}: ${model.cover.organisation}`,
      heading: HeadingLevel.TITLE,
    }),
    table(['Detail', 'Value'], [1, 2.4], c.details),
    ...banner(model),
    heading(C.purpose, 1),
    ...paras(c.purpose),
    heading(C.summary, 1),
    ...positionTable(model),
    ...numbered(c.findings),
    heading(C.recommendations, 1),
    ...paras('The cabinet is recommended to:'),
    ...numbered(c.recommendations),
    heading(C.reasons, 1),
    ...c.reasons.map(bullet),
    heading(C.options, 1),
    ...c.options.flatMap((p) => paras(p)),
    heading(C.implications, 1),
    ...c.implications.flatMap((imp) => [
      heading(imp.heading, 2),
      ...imp.text.flatMap((p) => paras(p, { italics: !imp.written })),
    ]),
    heading(C.plan, 1),
    ...(model.plan.drafted ? paras(WORDING.planDrafted) : []),
    ...paras(WORDING.planOrder, { italics: true }),
    ...planTable(model.plan.actions.slice(0, 10)),
    heading(C.contact, 1),
    ...c.contact.map(([k, v]) => labelled(k, v)),
    heading(C.background, 1),
    ...(c.backgroundPapers.length === 0
      ? paras(WORDING.noBackground, { italics: true })
      : c.backgroundPapers.map(bullet)),
    ...paras(WORDING.annexNote, { italics: true }),
  ];
}
