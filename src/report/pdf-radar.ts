import { GState, type jsPDF } from 'jspdf';
import type { RadarDatum } from '../domain/report-model';
import {
  labelPlacement,
  RADAR_RINGS,
  radarPoint,
  radarPolygon,
  type Point,
} from '../domain/report-radar';
import { formatScore } from '../domain/format';
import { WORDING } from '../domain/report-wording';
import { COLOURS, lineHeight, SIZES, type PdfKit } from './pdf-kit';

function polygon(doc: jsPDF, points: readonly Point[], style: 'S' | 'F' | 'FD'): void {
  const [first] = points;
  if (!first) return;
  const deltas = points
    .slice(1)
    .map((p, i) => [p.x - (points[i]?.x ?? 0), p.y - (points[i]?.y ?? 0)]);
  doc.lines(deltas, first.x, first.y, [1, 1], style, true);
}

const LABEL_WIDTH = 44;

/** The lines of an axis label: the theme's title, then its score and target. */
function labelLines(kit: PdfKit, d: RadarDatum): { title: string[]; figures: string } {
  kit.font(SIZES.small, 'bold');
  return {
    title: kit.wrap(d.label, LABEL_WIDTH),
    figures: `${d.current === null ? 'No score' : `Score ${formatScore(d.current)}`}, target ${Math.round(d.target)}+`,
  };
}

/**
 * Radar chart of current score against target per theme, drawn as vectors in the box
 * (x, y, width, height): rings at the band boundaries, current as a filled polygon with round
 * markers, target as a dashed outline with square markers, each axis labelled with its figures,
 * and a legend, so the chart reads without colour.
 */
export function drawRadar(
  kit: PdfKit,
  data: readonly RadarDatum[],
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  const doc = kit.doc;
  const n = data.length;
  const legendHeight = 7;
  const titleHeight = lineHeight(SIZES.small) * 2 + lineHeight(SIZES.tiny);
  const radius = Math.max(
    10,
    Math.min((height - legendHeight - 2 * titleHeight) / 2, (width - 2 * LABEL_WIDTH) / 2 - 6),
  );
  const cx = x + width / 2;
  const cy = y + titleHeight + radius + 2;

  doc.setDrawColor(...COLOURS.rule);
  doc.setLineWidth(0.2);
  for (const ring of RADAR_RINGS)
    polygon(doc, radarPolygon(Array<number>(n).fill(ring), cx, cy, radius), 'S');
  for (let i = 0; i < n; i += 1) {
    const end = radarPoint(i, n, 100, cx, cy, radius);
    doc.line(cx, cy, end.x, end.y);
  }
  const current = radarPolygon(
    data.map((d) => d.current),
    cx,
    cy,
    radius,
  );
  const target = radarPolygon(
    data.map((d) => d.target),
    cx,
    cy,
    radius,
  );
  doc.saveGraphicsState();
  doc.setGState(new GState({ opacity: 0.22 }));
  doc.setFillColor(...COLOURS.blue);
  polygon(doc, current, 'F');
  doc.restoreGraphicsState();
  doc.setDrawColor(...COLOURS.blue);
  doc.setLineWidth(0.7);
  polygon(doc, current, 'S');
  doc.setDrawColor(...COLOURS.target);
  doc.setLineWidth(0.6);
  doc.setLineDashPattern([1.6, 1.2], 0);
  polygon(doc, target, 'S');
  doc.setLineDashPattern([], 0);
  doc.setFillColor(...COLOURS.target);
  doc.setDrawColor(...COLOURS.text);
  doc.setLineWidth(0.2);
  for (const p of target) doc.rect(p.x - 0.9, p.y - 0.9, 1.8, 1.8, 'FD');
  doc.setFillColor(...COLOURS.blue);
  current.forEach((p, i) => {
    if (data[i]?.current !== null) doc.circle(p.x, p.y, 1, 'F');
  });

  // Ring values last, on a pale backing, so a polygon crossing one does not hide it.
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  for (const ring of RADAR_RINGS) {
    const p = radarPoint(0, n, ring, cx, cy, radius);
    const w = kit.textWidth(String(ring));
    const h = lineHeight(SIZES.tiny);
    doc.saveGraphicsState();
    doc.setGState(new GState({ opacity: 0.8 }));
    doc.setFillColor(...COLOURS.white);
    doc.rect(p.x - 1.6 - w - 0.4, p.y - h / 2 - 0.1, w + 0.8, h - 0.3, 'F');
    doc.restoreGraphicsState();
    kit.textAt(String(ring), p.x - 1.6, p.y - h / 2 - 0.2, 'right');
  }

  data.forEach((d, i) => {
    const { point, align, valign } = labelPlacement(i, n, cx, cy, radius, 3);
    const { title, figures } = labelLines(kit, d);
    const blockHeight = title.length * lineHeight(SIZES.small) + lineHeight(SIZES.tiny);
    const top =
      valign === 'bottom'
        ? point.y - blockHeight
        : valign === 'middle'
          ? point.y - blockHeight / 2
          : point.y;
    kit.font(SIZES.small, 'bold');
    title.forEach((line, k) => kit.textAt(line, point.x, top + k * lineHeight(SIZES.small), align));
    kit.font(SIZES.tiny, 'normal', COLOURS.muted);
    kit.textAt(figures, point.x, top + title.length * lineHeight(SIZES.small), align);
  });

  // Legend: line style and marker shape tell the two series apart as well as colour.
  const ly = y + height - legendHeight / 2;
  const lx = cx - 55;
  doc.setDrawColor(...COLOURS.blue);
  doc.setLineWidth(0.7);
  doc.line(lx, ly, lx + 10, ly);
  doc.setFillColor(...COLOURS.blue);
  doc.circle(lx + 5, ly, 1, 'F');
  kit.font(SIZES.small, 'normal');
  kit.textAt('Current score', lx + 12, ly - lineHeight(SIZES.small) / 2 + 0.3);
  const tx = cx + 2;
  doc.setDrawColor(...COLOURS.target);
  doc.setLineWidth(0.6);
  doc.setLineDashPattern([1.6, 1.2], 0);
  doc.line(tx, ly, tx + 10, ly);
  doc.setLineDashPattern([], 0);
  doc.setFillColor(...COLOURS.target);
  doc.rect(tx + 4.1, ly - 0.9, 1.8, 1.8, 'F');
  kit.font(SIZES.small, 'normal');
  kit.textAt('Target: the band’s lower bound', tx + 12, ly - lineHeight(SIZES.small) / 2 + 0.3);
}

const BAR_LABEL = 46;
const BAR_FIGURES = 62;

/**
 * One row per theme: its name, a bar of the score out of 100 with the target drawn at the target
 * band's lower bound (dashed line and diamond), and the figures in words. Used where a radar would
 * be too large (the cabinet paper's first page) or meaningless (fewer than three themes).
 */
export function drawThemeBars(
  kit: PdfKit,
  data: readonly RadarDatum[],
  x: number,
  y: number,
  width: number,
): number {
  const lh = lineHeight(SIZES.small);
  const barX = x + BAR_LABEL;
  const barWidth = width - BAR_LABEL - BAR_FIGURES - 4;
  let cy = y + 2.5;
  for (const d of data) {
    kit.font(SIZES.small, 'bold');
    const label = kit.wrap(d.label, BAR_LABEL - 2);
    kit.font(SIZES.small, 'normal', COLOURS.muted);
    const figures = kit.wrap(
      `${d.current === null ? 'No score' : `Score ${formatScore(d.current)}`}; target ${d.targetText}`,
      BAR_FIGURES,
    );
    const rowHeight = Math.max(label.length, figures.length, 1) * lh + 2.5;
    kit.font(SIZES.small, 'bold');
    kit.linesAt(label, x, cy);
    kit.font(SIZES.small, 'normal', COLOURS.muted);
    kit.linesAt(figures, x + width - BAR_FIGURES, cy);
    kit.scoreBar(barX, cy + 0.6, barWidth, 3.4, d.current, d.target);
    cy += rowHeight;
  }
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  kit.textAt(WORDING.chartKey, x, cy);
  return cy - y + lineHeight(SIZES.tiny) + 1;
}
