import type { ReportModel } from '../domain/report-model';
import {
  CABINET_TITLE,
  EDITIONS,
  RECORD_HEADINGS,
  WORDING,
  type Edition,
} from '../domain/report-wording';
import { drawCabinetPaper, drawDraftBanner } from './pdf-cabinet';
import { COLOURS, lineHeight, PdfKit, SIZES } from './pdf-kit';
import { drawRadar, drawThemeBars } from './pdf-radar';
import { drawActionPlan, drawAppendix, drawTheme } from './pdf-sections';

/** Where the cover's table of contents may go: under the details, above the marking box. */
const CONTENTS_BOTTOM = { marked: 222, unmarked: 240 };

function drawCover(kit: PdfKit, model: ReportModel): number {
  const { cover } = model;
  kit.y = 30;
  kit.paragraph(`${EDITIONS.full}: annex to the cabinet paper`, {
    size: SIZES.body,
    colour: COLOURS.muted,
    after: 1,
  });
  kit.paragraph(cover.title, { size: SIZES.title, style: 'bold', after: 4 });
  // A long name is cut to three lines here (it is in full in the details below), so the contents fit.
  kit.font(SIZES.h1, 'bold');
  const name = kit.wrap(cover.organisation, kit.width);
  kit.paragraph(name.length > 3 ? `${name.slice(0, 3).join(' ')}…` : cover.organisation, {
    size: SIZES.h1,
    style: 'bold',
    colour: COLOURS.darkBlue,
    after: 3,
  });
  kit.paragraph(WORDING.coverIntro, { size: SIZES.body, colour: COLOURS.muted, after: 4 });
  drawDraftBanner(kit, model);
  kit.table(
    [
      { header: 'Detail', width: 1 },
      { header: 'Value', width: 2.4 },
    ],
    cover.details,
    { size: SIZES.small, boldColumn: 0 },
  );
  const contentsTop = kit.y + 1;
  if (cover.marking) {
    kit.y = 226;
    kit.doc.setDrawColor(...COLOURS.text);
    kit.doc.setLineWidth(0.6);
    kit.doc.rect(kit.left, kit.y, kit.width, 14, 'S');
    kit.font(SIZES.h2, 'bold');
    kit.textAt(cover.marking, kit.pageWidth / 2, kit.y + 4, 'center');
    kit.y += 18;
  } else kit.y = 244;
  kit.paragraph(WORDING.coverPrivacy, { size: SIZES.small, colour: COLOURS.muted });
  return contentsTop;
}

/** Contents on the cover, drawn last, when every section's page is known. */
function drawContents(kit: PdfKit, top: number, bottom: number): void {
  const entries = kit.bookmarks.filter((b) => !b.nested && b.page > 1);
  const start = top + lineHeight(SIZES.h3) + 1.5;
  const step = Math.min(6.5, (bottom - start) / Math.max(1, entries.length));
  if (entries.length === 0) return;
  kit.doc.setPage(1);
  kit.font(SIZES.h3, 'bold');
  kit.textAt('Contents', kit.left, top);
  const size = step >= 5.5 ? SIZES.body : SIZES.small;
  entries.forEach((e, i) => {
    const y = start + i * step;
    kit.font(size, 'normal');
    kit.textAt(kit.fit(e.title, kit.width - 20), kit.left, y);
    kit.textAt(`page ${e.page}`, kit.right, y, 'right');
    kit.doc.setDrawColor(...COLOURS.light);
    kit.doc.setLineWidth(0.2);
    kit.doc.line(kit.left, y + step - 0.6, kit.right, y + step - 0.6);
  });
}

/** A box with a large figure and a caption; the figure is text, so it can be read aloud and searched. */
function keyFigure(
  kit: PdfKit,
  x: number,
  y: number,
  width: number,
  figure: string,
  caption: string,
): void {
  kit.doc.setFillColor(...COLOURS.light);
  kit.doc.rect(x, y, width, 21, 'F');
  kit.doc.setFillColor(...COLOURS.blue);
  kit.doc.rect(x, y, 1.2, 21, 'F');
  kit.font(SIZES.h2, 'bold');
  kit.textAt(kit.fit(figure, width - 6), x + 4, y + 3);
  kit.font(SIZES.small, 'normal', COLOURS.muted);
  kit
    .wrap(caption, width - 6)
    .slice(0, 2)
    .forEach((line, i) => kit.textAt(line, x + 4, y + 10 + i * lineHeight(SIZES.small)));
}

const MIN_CHART = 62;

/** The executive summary on a new page; `chartHeight` null: as tall as leaves room for the text. */
function drawSummary(kit: PdfKit, model: ReportModel, chartHeight: number | null): number {
  const { summary } = model;
  kit.newPage();
  kit.heading(RECORD_HEADINGS.summary, 1);
  drawDraftBanner(kit, model);
  const figures: [string, string][] = [];
  if (summary.overall)
    figures.push([
      summary.overall.band,
      `Overall band (mean theme score ${summary.overall.scoreLabel} out of 100)`,
    ]);
  figures.push([
    String(summary.criticalGapCount),
    summary.criticalGapCount === 1
      ? 'Critical gap: a critical question at level 0 or 1'
      : 'Critical gaps: critical questions at level 0 or 1',
  ]);
  figures.push([
    String(summary.evidenceGapCount),
    summary.evidenceGapCount === 1
      ? 'Evidence gap: a question answered “Don’t know”'
      : 'Evidence gaps: questions answered “Don’t know”',
  ]);
  const gap = 4;
  const boxWidth = (kit.width - gap * (figures.length - 1)) / figures.length;
  figures.forEach(([figure, caption], i) =>
    keyFigure(kit, kit.left + i * (boxWidth + gap), kit.y, boxWidth, figure, caption),
  );
  kit.y += 25;
  if (summary.overallHidden) {
    kit.paragraph(WORDING.overallHidden, { size: SIZES.small, colour: COLOURS.muted });
  }

  const priorityItems =
    summary.priorities.length > 0
      ? summary.priorities.map(
          (p) =>
            `${p.text} (${p.themeTitle}, question ${p.number}). Now ${p.levelLabel}; ${p.targetLabel}.${p.critical ? ' Critical gap.' : ''}`,
        )
      : [summary.noPriorities];
  const textHeight =
    2 * (lineHeight(SIZES.h2) + 4.5) +
    priorityItems.reduce(
      (s, t) => s + kit.measure(t, { size: SIZES.body, indent: 6, after: 1 }),
      0,
    ) +
    summary.reading.reduce(
      (s, t) => s + kit.measure(t, { size: SIZES.body, indent: 5, after: 1 }),
      0,
    ) +
    lineHeight(SIZES.h2) +
    // Space after the chart, the priorities and the list, and a margin for rounding.
    14;
  const height = chartHeight ?? Math.max(MIN_CHART, Math.min(118, kit.bottom - kit.y - textHeight));

  kit.heading(RECORD_HEADINGS.position, 2, height);
  if (summary.radar.length >= 3) {
    drawRadar(kit, summary.radar, kit.left, kit.y, kit.width, height);
    kit.y += height + 2;
  } else kit.y += drawThemeBars(kit, summary.radar, kit.left, kit.y, kit.width) + 2;

  kit.heading(RECORD_HEADINGS.priorities, 2);
  priorityItems.forEach((item, i) => {
    kit.font(SIZES.body, 'bold');
    kit.ensureSpace(lineHeight(SIZES.body));
    kit.textAt(
      summary.priorities.length > 0 ? `${i + 1}.` : '',
      kit.left,
      kit.y + 0.15 * lineHeight(SIZES.body),
    );
    kit.paragraph(item, { indent: 6, after: 1.5 });
  });
  kit.heading(RECORD_HEADINGS.reading, 2);
  kit.bullets(summary.reading);
  return height;
}

function kitFor(model: ReportModel, edition: Edition): PdfKit {
  const title = edition === 'cabinet' ? CABINET_TITLE : model.cover.title;
  return new PdfKit({
    title: `${title}: ${model.cover.organisation}`,
    author: model.meta.author,
    subject: model.meta.subject,
    keywords: model.meta.keywords,
    runningHeader: model.cover.organisation,
    runningFooter: `${EDITIONS[edition]}${model.status.banner ? ` (${model.status.banner})` : ''}, ${model.cover.dateLabel}`,
    marking: model.cover.marking,
  });
}

/** The full record (the annex): cover with contents, executive summary, themes, plan, appendices. */
function drawFullRecord(kit: PdfKit, model: ReportModel): void {
  const contentsTop = drawCover(kit, model);
  kit.bookmark(`Cover: ${model.cover.organisation}`);
  // The summary must be one page: if the estimate of the text was short, draw it again with a
  // chart smaller by the overflow.
  const before = kit.doc.getNumberOfPages();
  let chart = drawSummary(kit, model, null);
  while (kit.doc.getNumberOfPages() > before + 1 && chart > MIN_CHART) {
    const overflow = kit.y - kit.top + 2;
    for (let p = kit.doc.getNumberOfPages(); p > before; p -= 1) kit.doc.deletePage(p);
    chart = Math.max(MIN_CHART, chart - overflow);
    drawSummary(kit, model, chart);
  }
  kit.bookmark(RECORD_HEADINGS.summary, null, before + 1);
  kit.newPage();
  for (const theme of model.themes) drawTheme(kit, theme);
  drawActionPlan(kit, model.plan);
  drawAppendix(kit, model);
  drawContents(
    kit,
    contentsTop,
    model.cover.marking ? CONTENTS_BOTTOM.marked : CONTENTS_BOTTOM.unmarked,
  );
}

/** The report as PDF bytes: the cabinet paper (the default) or the full record. */
export function renderReportPdf(model: ReportModel, edition: Edition = 'cabinet'): ArrayBuffer {
  const kit = kitFor(model, edition);
  if (edition === 'cabinet') drawCabinetPaper(kit, model);
  else drawFullRecord(kit, model);
  return kit.finish();
}
