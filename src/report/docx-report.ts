import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import type { ReportFinding, ReportModel, ReportTheme } from '../domain/report-model';
import { answerText } from '../domain/report-themes';
import {
  CABINET_TITLE,
  EDITIONS,
  RECORD_HEADINGS as H,
  WORDING,
  type Edition,
} from '../domain/report-wording';
import { bullet, FONT, heading, labelled, PAGE, paras, table, type Block } from './docx-kit';
import { banner, cabinetPaper, contents, planTable, positionTable } from './docx-cabinet';
import { xmlSafeDeep } from './xml-safe';

/**
 * The report as a Word document in either edition, with real headings (Heading 1-3 styles), a
 * contents field, real tables whose header rows repeat across pages, the chart as a table, and the
 * document's language and title set, so that "Save as PDF" from Word gives a tagged PDF.
 */

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
    heading(`Theme ${t.number}: ${t.title}`, 1),
    ...paras(t.summary, { italics: true }),
    labelled(
      'Score',
      t.score === null ? WORDING.noScore : `${t.scoreLabel} out of 100 (${t.band})`,
    ),
    labelled('Coverage', t.coverageLabel),
    labelled('Target', t.targetText),
    ...(t.previous
      ? [
          labelled(
            `Previous (${t.previous.date})`,
            t.previous.score === null ? 'No score' : `${t.previous.scoreLabel} out of 100`,
          ),
        ]
      : []),
    ...(t.provisional ? paras(WORDING.provisionalTheme, { bold: true }) : []),
    heading(H.answers, 2),
    table(
      ['No.', 'Question', 'Answer'],
      [0.8, 7, 2.2],
      t.questions.map((q) => [
        q.number,
        answerText(q),
        `${q.answerLabel}${q.critical ? ' (critical question)' : ''}`,
      ]),
    ),
    heading(H.findings, 2),
    ...findings(H.criticalGaps, t.findings.criticalGaps, WORDING.noCriticalGapsTheme),
    ...findings(H.evidenceGaps, t.findings.evidenceGaps, WORDING.noEvidenceGapsTheme),
    ...findings(H.unevidenced, t.findings.unevidenced, WORDING.noUnevidencedTheme),
    ...findings(H.strengths, t.findings.strengths, WORDING.noStrengthsTheme),
    heading(H.notes, 2),
    ...(t.written.length === 0
      ? paras(WORDING.noNotes, { italics: true })
      : t.written.flatMap((q) => [
          heading(`${q.number} ${q.text}`, 3),
          ...(q.notes ? [labelled('Notes', ''), ...paras(q.notes)] : []),
          ...(q.evidence ? [labelled('Evidence', ''), ...paras(q.evidence)] : []),
        ])),
  ];
}

function fullRecord(model: ReportModel): Block[] {
  const s = model.summary;
  return [
    ...paras(`${EDITIONS.full}: annex to the cabinet paper`, { italics: true }),
    new Paragraph({
      text: `${model.cover.title}: ${model.cover.organisation}`,
      heading: HeadingLevel.TITLE,
    }),
    ...paras(WORDING.coverIntro),
    ...banner(model),
    table(['Detail', 'Value'], [1, 2.4], model.cover.details),
    ...contents(),
    heading(H.summary, 1, true),
    ...banner(model),
    ...(s.overall
      ? [
          labelled(
            'Overall band',
            `${s.overall.band} (mean theme score ${s.overall.scoreLabel} out of 100)`,
          ),
        ]
      : []),
    ...(s.overallHidden ? paras(WORDING.overallHidden, { italics: true }) : []),
    labelled(H.criticalGaps, String(s.criticalGapCount)),
    labelled(H.evidenceGaps, String(s.evidenceGapCount)),
    labelled(H.unevidenced, String(s.unevidencedCount)),
    heading(H.position, 2),
    ...positionTable(model),
    heading(H.priorities, 2),
    ...(s.priorities.length === 0
      ? paras(s.noPriorities)
      : s.priorities.flatMap((p) =>
          paras(
            `${p.rank}. ${p.text} (${p.themeTitle}, question ${p.number}). Now ${p.levelLabel}; ${p.targetLabel}.${p.critical ? ' Critical gap.' : ''}`,
          ),
        )),
    heading(H.reading, 2),
    ...s.reading.map(bullet),
    ...model.themes.flatMap(theme),
    heading(H.plan, 1, true),
    ...(model.plan.drafted ? paras(WORDING.planDrafted) : []),
    ...paras(WORDING.planOrder, { italics: true }),
    ...planTable(model.plan.actions),
    heading(H.method, 1, true),
    ...model.method.flatMap((m) => paras(m)),
    heading(H.sources, 1),
    ...paras(WORDING.sourcesIntro, { italics: true }),
    ...model.sources.flatMap((src) => [
      heading(src.title, 2),
      ...src.blocks.flatMap((b) =>
        b.kind === 'heading'
          ? [heading(b.text, 3)]
          : b.kind === 'paragraph'
            ? paras(b.text)
            : b.items.map(bullet),
      ),
      ...(src.citedBy.length > 0
        ? paras(`Cited by questions ${src.citedBy.join(', ')}.`, { italics: true })
        : []),
    ]),
  ];
}

function runningHeader(model: ReportModel): Header {
  const children = [
    new Paragraph({
      children: [new TextRun({ text: model.cover.organisation, size: 18, color: '505A5F' })],
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

function runningFooter(model: ReportModel, edition: Edition): Footer {
  const children = [
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: [
        new TextRun({
          text: `${EDITIONS[edition]}${model.status.banner ? ` (${model.status.banner})` : ''}, ${model.cover.dateLabel}    `,
          size: 18,
          color: '505A5F',
        }),
        new TextRun({
          children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          size: 18,
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
export function reportDocument(unsafe: ReportModel, edition: Edition = 'cabinet'): Document {
  // Every string the file holds passes through here, so the file is well-formed XML whatever the
  // text (see xml-safe.ts).
  const model = xmlSafeDeep(unsafe);
  const section: ISectionOptions = {
    properties: {
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
      },
    },
    headers: { default: runningHeader(model) },
    footers: { default: runningFooter(model, edition) },
    children: edition === 'cabinet' ? cabinetPaper(model) : fullRecord(model),
  };
  const title = `${edition === 'cabinet' ? CABINET_TITLE : model.cover.title}: ${model.cover.organisation}`;
  return new Document({
    title,
    subject: model.meta.subject,
    creator: model.meta.author,
    keywords: model.meta.keywords,
    description: model.meta.subject,
    features: { updateFields: edition === 'full' },
    styles: {
      default: {
        document: { run: { font: FONT, size: 22, language: { value: model.meta.language } } },
      },
    },
    sections: [section],
  });
}

/** The report as .docx bytes: the cabinet paper (the default) or the full record. */
export async function renderReportDocx(
  model: ReportModel,
  edition: Edition = 'cabinet',
): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(reportDocument(model, edition)));
}
