import type { ReportModel } from '../domain/report-model';
import { CABINET_HEADINGS as H, CABINET_TITLE, WORDING } from '../domain/report-wording';
import { COLOURS, lineHeight, SIZES, type PdfKit } from './pdf-kit';
import { drawThemeBars } from './pdf-radar';
import { drawPlanTable } from './pdf-sections';

/** How many actions the paper prints; the annex has the whole plan. */
export const PAPER_ACTIONS = 10;

/** "DRAFT: incomplete" in a heavy box with the reasons under it, on page 1 and over the summary. */
export function drawDraftBanner(kit: PdfKit, model: ReportModel): void {
  const { status } = model;
  if (!status.banner) return;
  kit.font(SIZES.body, 'normal');
  const reasons = status.reasons.flatMap((r) => kit.wrap(r, kit.width - 8));
  const height = lineHeight(SIZES.h2) + reasons.length * lineHeight(SIZES.body) + 5;
  kit.ensureSpace(height + 2);
  kit.doc.setDrawColor(...COLOURS.text);
  kit.doc.setLineWidth(1);
  kit.doc.rect(kit.left, kit.y, kit.width, height, 'S');
  kit.doc.setFillColor(...COLOURS.red);
  kit.doc.rect(kit.left, kit.y, 2.5, height, 'F');
  kit.font(SIZES.h2, 'bold');
  kit.textAt(status.banner, kit.left + 5, kit.y + 2);
  kit.font(SIZES.body, 'normal');
  kit.linesAt(reasons, kit.left + 5, kit.y + 2.5 + lineHeight(SIZES.h2));
  kit.y += height + 4;
}

/** The meeting details as a two-column grid of label and value, compact enough for page 1. */
function drawDetails(kit: PdfKit, details: readonly [string, string][]): void {
  const colWidth = (kit.width - 6) / 2;
  const labelWidth = 36;
  for (let i = 0; i < details.length; i += 2) {
    const pair = details.slice(i, i + 2);
    let rowHeight = 0;
    pair.forEach(([label, value], j) => {
      const x = kit.left + j * (colWidth + 6);
      kit.font(SIZES.small, 'bold');
      kit.linesAt(kit.wrap(label, labelWidth - 2), x, kit.y);
      kit.font(SIZES.small, 'normal');
      const lines = kit.wrap(value, colWidth - labelWidth);
      kit.linesAt(lines, x + labelWidth, kit.y);
      rowHeight = Math.max(rowHeight, lines.length * lineHeight(SIZES.small));
    });
    kit.y += rowHeight + 1.2;
    kit.rule(COLOURS.light, 0.2);
    kit.y += 1.2;
  }
  kit.y += 2;
}

function numbered(kit: PdfKit, items: readonly string[]): void {
  items.forEach((item, i) => {
    kit.font(SIZES.body, 'bold');
    kit.ensureSpace(lineHeight(SIZES.body) * 2);
    kit.textAt(`${i + 1}.`, kit.left, kit.y + 0.15 * lineHeight(SIZES.body));
    kit.paragraph(item, { indent: 7, after: 1.5 });
  });
  kit.y += 1;
}

function section(kit: PdfKit, title: string, keepWith = 16): void {
  kit.heading(title, 2, keepWith);
  kit.bookmark(title);
}

/** The cabinet paper: page 1 lets a member act in two minutes; the rest follows the convention. */
export function drawCabinetPaper(kit: PdfKit, model: ReportModel): void {
  const { cabinet, cover } = model;
  kit.y = 24;
  kit.paragraph(cabinet.meetingLine, { size: SIZES.body, colour: COLOURS.muted, after: 1 });
  kit.paragraph(CABINET_TITLE, { size: 20, style: 'bold', after: 1.5 });
  kit.paragraph(cover.organisation, {
    size: SIZES.h2,
    style: 'bold',
    colour: COLOURS.darkBlue,
    after: 3,
  });
  kit.bookmark(`${CABINET_TITLE}: ${cover.organisation}`);
  drawDetails(kit, cabinet.details);
  drawDraftBanner(kit, model);

  section(kit, H.purpose, 10);
  kit.paragraph(cabinet.purpose, { after: 2 });

  section(kit, H.summary, 40);
  kit.y += drawThemeBars(kit, model.summary.radar, kit.left, kit.y, kit.width);
  kit.y += 1;
  numbered(kit, cabinet.findings);

  section(kit, H.recommendations, 14);
  kit.paragraph('The cabinet is recommended to:', { after: 1.5 });
  numbered(kit, cabinet.recommendations);
  if (cabinet.recommendationsDrafted)
    kit.paragraph(
      'These recommendations were drafted from the priorities, the critical gaps and the actions that need a cabinet decision; the officer has not yet edited them.',
      { size: SIZES.small, colour: COLOURS.muted },
    );

  section(kit, H.reasons);
  kit.bullets(cabinet.reasons);

  section(kit, H.options);
  for (const p of cabinet.options) kit.paragraph(p, { after: 2 });

  section(kit, H.implications);
  for (const imp of cabinet.implications) {
    kit.heading(imp.heading, 3, 10);
    for (const p of imp.text)
      kit.paragraph(p, { after: 2, colour: imp.written ? COLOURS.text : COLOURS.muted });
  }

  section(kit, H.plan, 30);
  const shown = model.plan.actions.slice(0, PAPER_ACTIONS);
  if (model.plan.drafted) kit.paragraph(WORDING.planDrafted, { after: 2 });
  kit.paragraph(
    model.plan.actions.length > shown.length
      ? `The top ${shown.length} of ${model.plan.actions.length} actions. ${WORDING.planOrder} The annex has the full plan.`
      : WORDING.planOrder,
    { colour: COLOURS.muted, after: 2 },
  );
  drawPlanTable(kit, shown);

  section(kit, H.contact, 14);
  for (const [label, value] of cabinet.contact) kit.labelled(label, value, { after: 0.8 });
  kit.y += 2;

  section(kit, H.background);
  if (cabinet.backgroundPapers.length === 0)
    kit.paragraph(WORDING.noBackground, { colour: COLOURS.muted });
  else kit.bullets(cabinet.backgroundPapers);
  kit.paragraph(WORDING.annexNote, { colour: COLOURS.muted });
}
