import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import type { ReportFinding, ReportModel, ReportTheme } from '../domain/report-model';

/**
 * The report as a Word document with real headings (Heading 1-3 styles) and real tables whose
 * header rows repeat across pages, so officers can paste sections into a committee-report template.
 */

/** A4 with 2 cm margins, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const FONT = 'Arial';

type Block = Paragraph | Table;

/** Paragraphs for text that may hold line breaks, one paragraph per line. */
function paras(
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; spacingAfter?: number } = {},
): Paragraph[] {
  return text.split(/\r?\n/).map(
    (line) =>
      new Paragraph({
        spacing: { after: o.spacingAfter ?? 120 },
        children: [new TextRun({ text: line, bold: o.bold, italics: o.italics, size: o.size })],
      }),
  );
}

const heading = (text: string, level: 1 | 2 | 3, pageBreakBefore = false) =>
  new Paragraph({
    text,
    heading:
      level === 1
        ? HeadingLevel.HEADING_1
        : level === 2
          ? HeadingLevel.HEADING_2
          : HeadingLevel.HEADING_3,
    pageBreakBefore,
    keepNext: true,
  });

const labelled = (label: string, value: string) =>
  new Paragraph({
    spacing: { after: 80 },
    children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)],
  });

const bullet = (text: string) =>
  new Paragraph({ text, bullet: { level: 0 }, spacing: { after: 60 } });

function cell(text: string, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'F3F2F1' } : undefined,
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
    children: text
      .split(/\r?\n/)
      .map(
        (line) =>
          new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] }),
      ),
  });
}

/** A table with a header row that Word repeats on every page the table crosses. */
function table(
  headers: readonly string[],
  shares: readonly number[],
  rows: readonly (readonly string[])[],
): Table {
  const total = shares.reduce((s, x) => s + x, 0);
  const widths = shares.map((s) => Math.floor((CONTENT_WIDTH * s) / total));
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'B1B4B6' };
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, widths[i] ?? 0, true)),
      }),
      ...rows.map(
        (r) => new TableRow({ children: r.map((c, i) => cell(c, widths[i] ?? 0, false)) }),
      ),
    ],
  });
}

const caption = (text: string) =>
  new Paragraph({
    keepNext: true,
    spacing: { before: 120, after: 80 },
    children: [new TextRun({ text, bold: true })],
  });

function cover(model: ReportModel): Block[] {
  const c = model.cover;
  return [
    new Paragraph({ text: c.title, heading: HeadingLevel.TITLE }),
    new Paragraph({
      spacing: { after: 240 },
      children: [new TextRun({ text: c.organisation, bold: true, size: 32 })],
    }),
    table(
      ['Detail', 'Value'],
      [1, 2.2],
      [
        ['Date of assessment', c.dateLabel],
        ['Organisation', c.organisation],
        ['Type of authority', c.authorityType],
        ["Respondent's role", c.role],
        ['Question bank', c.bank.label],
        ['Protective marking', c.marking ?? 'No marking'],
      ],
    ),
  ];
}

function summary(model: ReportModel): Block[] {
  const s = model.summary;
  const themeRows = model.themes.map((t) => [
    t.title,
    t.scoreLabel,
    t.band ?? 'No band',
    t.targetLabel,
    `${Math.round(t.targetScore)}`,
    `${Math.round(t.coverage * 100)}%${t.provisional ? ' (provisional)' : ''}`,
  ]);
  return [
    heading('Executive summary', 1, true),
    ...(s.overall
      ? [
          labelled(
            'Overall band',
            `${s.overall.band} (mean theme score ${s.overall.scoreLabel} out of 100)`,
          ),
        ]
      : []),
    ...(s.overallHidden
      ? paras(
          'The council chose not to show an overall figure, so that the results are not read as a league table.',
          { italics: true },
        )
      : []),
    labelled('Critical gaps', String(s.criticalGapCount)),
    labelled('Evidence gaps', String(s.evidenceGapCount)),
    heading('Current position against target', 2),
    caption('Theme scores against targets (scores out of 100; a target level L sits at 25 × L)'),
    table(
      ['Theme', 'Score', 'Band', 'Target level', 'Target on score scale', 'Coverage'],
      [3, 1.2, 1.7, 2, 1.6, 1.8],
      themeRows,
    ),
    heading('Top three priorities', 2),
    ...(s.priorities.length === 0
      ? paras(s.noPriorities)
      : s.priorities.flatMap((p) =>
          paras(
            `${p.rank}. ${p.text} (${p.themeTitle}, question ${p.number}). Now ${p.levelLabel}; target ${p.targetLabel}.${p.critical ? ' Critical gap.' : ''}`,
          ),
        )),
    heading('Reading the results', 2),
    ...s.reading.map(bullet),
  ];
}

function findings(title: string, list: readonly ReportFinding[], none: string): Block[] {
  return [
    heading(title, 3),
    ...(list.length === 0
      ? paras(none, { italics: true })
      : list.map((f) => bullet(`${f.number} ${f.text} ${f.detail}`))),
  ];
}

function theme(t: ReportTheme): Block[] {
  return [
    heading(`Theme ${t.number}: ${t.title}`, 1, true),
    ...paras(t.summary, { italics: true }),
    labelled(
      'Score',
      t.score === null
        ? 'No score: no question was answered with a level.'
        : `${t.scoreLabel} out of 100 (${t.band})`,
    ),
    labelled('Coverage', t.coverageLabel),
    labelled('Target', `Level ${t.targetLabel} (${Math.round(t.targetScore)} on the score scale)`),
    ...(t.previous
      ? [
          labelled(
            `Previous (${t.previous.date})`,
            t.previous.score === null ? 'No score' : `${t.previous.scoreLabel} out of 100`,
          ),
        ]
      : []),
    ...(t.provisional
      ? paras('Provisional: fewer than 60% of this theme’s questions were answered with a level.', {
          bold: true,
        })
      : []),
    heading('Answers', 2),
    table(
      ['No.', 'Question', 'Level (0 to 4)', 'Answer'],
      [0.8, 6, 1.4, 2],
      t.questions.map((q) => [
        q.number,
        q.text,
        q.level === null ? '–' : `${'■'.repeat(q.level)}${'□'.repeat(4 - q.level)} ${q.level}`,
        `${q.answerLabel}${q.critical ? ' (critical question)' : ''}`,
      ]),
    ),
    heading('Findings', 2),
    ...findings('Critical gaps', t.findings.criticalGaps, 'No critical gaps in this theme.'),
    ...findings('Evidence gaps', t.findings.evidenceGaps, 'No “Don’t know” answers in this theme.'),
    ...findings(
      'Strengths',
      t.findings.strengths,
      'No question in this theme is at level 3 or 4 yet.',
    ),
    heading('Notes and evidence', 2),
    ...(t.written.length === 0
      ? paras('The respondent wrote no notes or evidence for this theme.', { italics: true })
      : t.written.flatMap((q) => [
          heading(`${q.number} ${q.text}`, 3),
          ...(q.notes
            ? [
                new Paragraph({ children: [new TextRun({ text: 'Notes', bold: true })] }),
                ...paras(q.notes),
              ]
            : []),
          ...(q.evidence
            ? [
                new Paragraph({ children: [new TextRun({ text: 'Evidence', bold: true })] }),
                ...paras(q.evidence),
              ]
            : []),
        ])),
  ];
}

function plan(model: ReportModel): Block[] {
  const p = model.plan;
  return [
    heading('Action plan', 1, true),
    ...(p.drafted
      ? paras(
          'No action plan has been agreed yet. This is the draft plan: the suggested actions for the top priorities, in priority order, still to be given owners and dates.',
        )
      : []),
    p.actions.length === 0
      ? new Paragraph('There are no actions in the plan.')
      : table(
          ['Action', 'Theme', 'Priority', 'Owner', 'Due', 'Status', 'Measure of success'],
          [41, 22, 14, 26, 18, 15, 34],
          p.actions.map((a) => [
            a.text,
            a.themeTitle,
            a.priority,
            a.owner || 'Not assigned',
            a.due || 'Not set',
            a.status,
            a.measure || '–',
          ]),
        ),
  ];
}

function appendix(model: ReportModel): Block[] {
  return [
    heading('Appendix A: Every answer', 1, true),
    ...model.themes.flatMap((t) => [
      caption(`Theme ${t.number}: ${t.title}`),
      table(
        ['No.', 'Question', 'Answer', 'What the answer means'],
        [10, 60, 24, 76],
        t.questions.map((q) => [
          q.number,
          q.text,
          q.answerLabel,
          q.response === 'not-applicable'
            ? `Reason: ${q.descriptor ?? 'none given'}`
            : (q.descriptor ?? '–'),
        ]),
      ),
    ]),
    heading('Appendix B: How the scores are worked out', 1, true),
    ...model.method.flatMap((m) => paras(m)),
    heading('Appendix C: Sources', 1),
    ...model.sources.flatMap((s) => [
      heading(s.title, 2),
      ...s.blocks.flatMap((b) =>
        b.kind === 'heading'
          ? [heading(b.text, 3)]
          : b.kind === 'paragraph'
            ? paras(b.text)
            : b.items.map(bullet),
      ),
      ...(s.citedBy.length > 0
        ? paras(`Cited by questions ${s.citedBy.join(', ')}.`, { italics: true })
        : []),
    ]),
  ];
}

function runningHeader(model: ReportModel): Header {
  const children = [
    new Paragraph({
      children: [new TextRun({ text: model.cover.organisation, size: 16, color: '505A5F' })],
    }),
  ];
  if (model.cover.marking)
    children.unshift(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: model.cover.marking, bold: true, size: 20 })],
      }),
    );
  return new Header({ children });
}

function runningFooter(model: ReportModel): Footer {
  const children = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({
          text: `${model.cover.title}, ${model.cover.dateLabel}    `,
          size: 16,
          color: '505A5F',
        }),
        new TextRun({
          children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          size: 16,
        }),
      ],
    }),
  ];
  if (model.cover.marking)
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: model.cover.marking, bold: true, size: 20 })],
      }),
    );
  return new Footer({ children });
}

/** Build the Word document object (exposed for tests that inspect it without packing). */
export function reportDocument(model: ReportModel): Document {
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: { default: runningHeader(model) },
    footers: { default: runningFooter(model) },
    children: [
      ...cover(model),
      ...summary(model),
      ...model.themes.flatMap(theme),
      ...plan(model),
      ...appendix(model),
    ],
  };
  return new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: model.meta.author,
    keywords: model.meta.keywords,
    description: model.meta.subject,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [section],
  });
}

/** The report as .docx bytes. */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(model)));
}
