import type {
  ReportFinding,
  ReportModel,
  ReportQuestion,
  ReportTheme,
} from '../domain/report-model';
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
    const text = kit.wrap(q.text, BAR_X - 4 - kit.left - NUMBER_WIDTH);
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

export function drawTheme(kit: PdfKit, theme: ReportTheme): void {
  kit.newPage();
  kit.heading(`Theme ${theme.number}: ${theme.title}`, 1);
  kit.bookmark(`Theme ${theme.number}: ${theme.title}`);
  kit.paragraph(theme.summary, { colour: COLOURS.muted, after: 3 });
  const facts: [string, string][] = [
    [
      'Score',
      theme.score === null
        ? 'No score: no question was answered with a level.'
        : `${theme.scoreLabel} out of 100 (${theme.band})`,
    ],
    ['Coverage', theme.coverageLabel],
    ['Target', `Level ${theme.targetLabel} (${Math.round(theme.targetScore)} on the score scale)`],
  ];
  if (theme.previous)
    facts.push([
      `Previous (${theme.previous.date})`,
      theme.previous.score === null ? 'No score' : `${theme.previous.scoreLabel} out of 100`,
    ]);
  for (const [label, value] of facts) kit.labelled(label, value, { after: 0.8 });
  kit.y += 1;
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  kit.textAt('Bar: the score out of 100. Red line: the target.', kit.right, kit.y, 'right');
  kit.y += lineHeight(SIZES.tiny) + 1.2;
  kit.scoreBar(kit.left, kit.y, kit.width, 3.5, theme.score, theme.targetScore);
  kit.y += 5;
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  kit.textAt('0', kit.left, kit.y);
  kit.textAt('100', kit.right, kit.y, 'right');
  kit.y += lineHeight(SIZES.tiny) + 2;
  if (theme.provisional) {
    kit.paragraph(
      'Provisional: fewer than 60% of this theme’s questions were answered with a level, so the score may change as more are answered.',
      {
        style: 'bold',
        after: 2,
      },
    );
  }
  kit.heading('Answers', 2, 20);
  drawAnswerRows(kit, theme.questions);
  kit.heading('Findings', 2, 16);
  drawFindings(
    kit,
    'Critical gaps',
    theme.findings.criticalGaps,
    'No critical gaps in this theme.',
  );
  drawFindings(
    kit,
    'Evidence gaps',
    theme.findings.evidenceGaps,
    'No “Don’t know” answers in this theme.',
  );
  drawFindings(
    kit,
    'Strengths',
    theme.findings.strengths,
    'No question in this theme is at level 3 or 4 yet.',
  );
  const first = theme.written[0];
  kit.heading('Notes and evidence', 2, first ? Math.min(noteHeight(kit, first), 40) : 10);
  if (theme.written.length === 0)
    kit.paragraph('The respondent wrote no notes or evidence for this theme.', {
      colour: COLOURS.muted,
    });
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

export function drawActionPlan(kit: PdfKit, plan: ReportModel['plan']): void {
  kit.newPage();
  kit.heading('Action plan', 1);
  kit.bookmark('Action plan');
  if (plan.drafted) {
    kit.paragraph(
      'No action plan has been agreed yet. This is the draft plan: the suggested actions for the top priorities, in priority order, still to be given owners and dates.',
      { after: 3 },
    );
  }
  if (plan.actions.length === 0) {
    kit.paragraph('There are no actions in the plan.');
    return;
  }
  kit.table(
    [
      { header: 'Action', width: 41 },
      { header: 'Theme', width: 22 },
      { header: 'Priority', width: 14 },
      { header: 'Owner', width: 26 },
      { header: 'Due', width: 18 },
      { header: 'Status', width: 15 },
      { header: 'Measure of success', width: 34 },
    ],
    plan.actions.map((a) => [
      a.text,
      a.themeTitle,
      a.priority,
      a.owner || 'Not assigned',
      a.due || 'Not set',
      a.status,
      a.measure || '–',
    ]),
    { caption: `${plan.actions.length} ${plan.actions.length === 1 ? 'action' : 'actions'}` },
  );
}

export function drawAppendix(kit: PdfKit, model: ReportModel): void {
  kit.newPage();
  kit.heading('Appendix A: Every answer', 1);
  kit.bookmark('Appendix A: Every answer');
  kit.paragraph(
    'Each question with the answer given and what that level means in the question bank.',
    { colour: COLOURS.muted, after: 3 },
  );
  for (const theme of model.themes) {
    kit.table(
      [
        { header: 'No.', width: 10 },
        { header: 'Question', width: 60 },
        { header: 'Answer', width: 24 },
        { header: 'What the answer means', width: 76 },
      ],
      theme.questions.map((q) => [
        q.number,
        q.text,
        q.answerLabel,
        q.response === 'not-applicable'
          ? `Reason: ${q.descriptor ?? 'none given'}`
          : (q.descriptor ?? '–'),
      ]),
      { caption: `Theme ${theme.number}: ${theme.title}`, boldColumn: 0 },
    );
  }
  kit.newPage();
  kit.heading('Appendix B: How the scores are worked out', 1);
  kit.bookmark('Appendix B: How the scores are worked out');
  for (const p of model.method) kit.paragraph(p, { after: 2.5 });
  kit.y += 4;
  kit.heading('Appendix C: Sources', 1, 20);
  const sources = kit.bookmark('Appendix C: Sources');
  kit.paragraph(
    'The question bank draws on these documents; the notes below are the project’s own summaries of them.',
    { colour: COLOURS.muted, after: 3 },
  );
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
    if (source.blocks.length === 0)
      kit.paragraph('No note on this source is available.', { colour: COLOURS.muted });
    kit.y += 2;
  }
}
