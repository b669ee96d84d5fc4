import type {
  ReportFinding,
  ReportModel,
  ReportQuestion,
  ReportTheme,
} from '../domain/report-model';
import { answerText } from '../domain/report-themes';
import { PLAN_COLUMNS, RECORD_HEADINGS as H, WORDING } from '../domain/report-wording';
import { COLOURS, lineHeight, SIZES, type PdfKit } from './pdf-kit';

const NUMBER_WIDTH = 9;
const BAR_X = 128;
const BAR_WIDTH = 28;
const LABEL_X = 160;

/** One row per question: number, question, a bar of its level (0-4) and the answer in words. */
function drawAnswerRows(kit: PdfKit, questions: readonly ReportQuestion[]): void {
  const lh = lineHeight(SIZES.small);
  kit.font(SIZES.tiny, 'bold', COLOURS.muted);
  kit.ensureSpace(lh * 4);
  kit.textAt('Question', kit.left + NUMBER_WIDTH, kit.y);
  kit.textAt('Level (0 to 4)', BAR_X, kit.y);
  kit.textAt('Answer', LABEL_X, kit.y);
  kit.y += lineHeight(SIZES.tiny) + 0.8;
  kit.rule(COLOURS.text, 0.3);
  kit.y += 1.5;
  for (const q of questions) {
    kit.font(SIZES.small, 'normal');
    const text = kit.wrap(answerText(q), BAR_X - 4 - kit.left - NUMBER_WIDTH);
    kit.font(SIZES.small, 'bold');
    const answer = kit.wrap(q.answerLabel, kit.right - LABEL_X);
    const extra = q.critical ? ['Critical question'] : [];
    const height = Math.max(text.length, answer.length + extra.length) * lh + 2.5;
    kit.ensureSpace(height);
    const top = kit.y;
    kit.font(SIZES.small, 'bold');
    kit.textAt(q.number, kit.left, top);
    kit.font(SIZES.small, 'normal');
    kit.linesAt(text, kit.left + NUMBER_WIDTH, top);
    kit.levelBar(BAR_X, top + 0.4, BAR_WIDTH, 3, q.level);
    kit.font(SIZES.small, 'bold');
    kit.linesAt(answer, LABEL_X, top);
    kit.font(SIZES.tiny, 'normal', COLOURS.muted);
    extra.forEach((line, i) => kit.textAt(line, LABEL_X, top + (answer.length + i) * lh + 0.3));
    kit.y = top + height - 1.2;
    kit.rule(COLOURS.light, 0.2);
    kit.y += 1.2;
  }
  kit.y += 2;
}

function drawFindings(
  kit: PdfKit,
  heading: string,
  findings: readonly ReportFinding[],
  none: string,
): void {
  kit.heading(heading, 3, 8);
  if (findings.length === 0) kit.paragraph(none, { colour: COLOURS.muted });
  else kit.bullets(findings.map((f) => `${f.number} ${f.text} ${f.detail}`));
}

const NOTE_LABEL_WIDTH = 18;

/** Height of one question's heading, notes and evidence, as drawn below. */
function noteHeight(kit: PdfKit, q: ReportQuestion): number {
  const text = { width: kit.width - NOTE_LABEL_WIDTH, after: 1 };
  return (
    2 +
    kit.measure(`${q.number} ${q.text}`, { size: SIZES.h3, style: 'bold', after: 1.5 }) +
    (q.notes ? kit.measure(q.notes, text) : 0) +
    (q.evidence ? kit.measure(q.evidence, text) : 0) +
    1.5
  );
}

/** A theme's section; themes follow one another on the page, each heading kept with its facts. */
export function drawTheme(kit: PdfKit, theme: ReportTheme): void {
  kit.heading(`Theme ${theme.number}: ${theme.title}`, 1, 60);
  kit.bookmark(`Theme ${theme.number}: ${theme.title}`);
  kit.paragraph(theme.summary, { colour: COLOURS.muted, after: 3 });
  const facts: [string, string][] = [
    [
      'Score',
      theme.score === null ? WORDING.noScore : `${theme.scoreLabel} out of 100 (${theme.band})`,
    ],
    ['Coverage', theme.coverageLabel],
    ['Target', theme.targetText],
  ];
  if (theme.previous)
    facts.push([
      `Previous (${theme.previous.date})`,
      theme.previous.score === null ? 'No score' : `${theme.previous.scoreLabel} out of 100`,
    ]);
  for (const [label, value] of facts) kit.labelled(label, value, { after: 0.8 });
  kit.y += 1;
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  kit.textAt(WORDING.chartKey, kit.right, kit.y, 'right');
  kit.y += lineHeight(SIZES.tiny) + 3.5;
  kit.scoreBar(kit.left, kit.y, kit.width, 3.5, theme.score, theme.targetScore);
  kit.y += 5;
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  kit.textAt('0', kit.left, kit.y);
  kit.textAt('100', kit.right, kit.y, 'right');
  kit.y += lineHeight(SIZES.tiny) + 2;
  if (theme.provisional) {
    kit.paragraph(WORDING.provisionalTheme, { style: 'bold', after: 2 });
  }
  kit.heading(H.answers, 2, 20);
  drawAnswerRows(kit, theme.questions);
  kit.heading(H.findings, 2, 16);
  const f = theme.findings;
  drawFindings(kit, H.criticalGaps, f.criticalGaps, WORDING.noCriticalGapsTheme);
  drawFindings(kit, H.evidenceGaps, f.evidenceGaps, WORDING.noEvidenceGapsTheme);
  drawFindings(kit, H.unevidenced, f.unevidenced, WORDING.noUnevidencedTheme);
  drawFindings(kit, H.strengths, f.strengths, WORDING.noStrengthsTheme);
  const first = theme.written[0];
  kit.heading(H.notes, 2, first ? Math.min(noteHeight(kit, first), 40) : 10);
  if (theme.written.length === 0) kit.paragraph(WORDING.noNotes, { colour: COLOURS.muted });
  for (const q of theme.written) {
    // A short question's notes and evidence stay on one page; a long one breaks between lines.
    const height = noteHeight(kit, q);
    if (height < 70) kit.ensureSpace(height);
    kit.heading(`${q.number} ${q.text}`, 3, 16);
    if (q.notes) kit.labelled('Notes', q.notes, { after: 1 });
    if (q.evidence) kit.labelled('Evidence', q.evidence, { after: 1 });
    kit.y += 1.5;
  }
}

/** The plan table, the same columns and words in every output; sorted by priority, then due date. */
export function drawPlanTable(kit: PdfKit, actions: ReportModel['plan']['actions']): void {
  if (actions.length === 0) {
    kit.paragraph(WORDING.planEmpty);
    return;
  }
  const shares = [82, 15, 26, 22, 30, 20];
  kit.table(
    PLAN_COLUMNS.map((header, i) => ({ header, width: shares[i] ?? 20 })),
    actions.map((a) => a.cells),
    { size: SIZES.small },
  );
}

export function drawActionPlan(kit: PdfKit, plan: ReportModel['plan']): void {
  kit.heading(H.plan, 1, 40);
  kit.bookmark(H.plan);
  if (plan.drafted) kit.paragraph(WORDING.planDrafted, { after: 3 });
  kit.paragraph(WORDING.planOrder, { colour: COLOURS.muted, after: 3 });
  drawPlanTable(kit, plan.actions);
}

/** Appendix A, the method, and Appendix B, the sources. */
export function drawAppendix(kit: PdfKit, model: ReportModel): void {
  kit.heading(H.method, 1, 30);
  kit.bookmark(H.method);
  for (const p of model.method) kit.paragraph(p, { after: 2.5 });
  kit.y += 4;
  kit.heading(H.sources, 1, 20);
  const sources = kit.bookmark(H.sources);
  kit.paragraph(WORDING.sourcesIntro, { colour: COLOURS.muted, after: 3 });
  for (const source of model.sources) {
    kit.heading(source.title, 2, 14);
    kit.bookmark(source.title, sources);
    if (source.citedBy.length > 0)
      kit.paragraph(`Cited by questions ${source.citedBy.join(', ')}.`, {
        size: SIZES.small,
        colour: COLOURS.muted,
        after: 2,
      });
    for (const block of source.blocks) {
      if (block.kind === 'heading') kit.heading(block.text, 3, 8);
      else if (block.kind === 'paragraph') kit.paragraph(block.text, { after: 2 });
      else kit.bullets(block.items);
    }
    if (source.blocks.length === 0) kit.paragraph(WORDING.noSourceNote, { colour: COLOURS.muted });
    kit.y += 2;
  }
}
