import type { jsPDF } from 'jspdf';
import { COLOURS, type Rgb } from './pdf-style';

// Bars and markers for levels, scores and targets, drawn straight onto a jsPDF page.

/**
 * A bar of `max` cells with the first `level` filled, for a level on a 0-`max` scale. The level
 * is always printed next to the bar too, so nothing is told by colour alone. Null: an empty,
 * dashed track (no level).
 */
export function levelBar(
  doc: jsPDF,
  x: number,
  y: number,
  width: number,
  height: number,
  level: number | null,
  max = 4,
  colour: Rgb = COLOURS.blue,
): void {
  const gap = 0.8;
  const cell = (width - gap * (max - 1)) / max;
  doc.setLineWidth(0.25);
  for (let i = 0; i < max; i += 1) {
    const cx = x + i * (cell + gap);
    if (level !== null && i < level) {
      doc.setFillColor(colour[0], colour[1], colour[2]);
      doc.rect(cx, y, cell, height, 'F');
    } else {
      doc.setDrawColor(...COLOURS.rule);
      if (level === null) doc.setLineDashPattern([0.8, 0.8], 0);
      doc.rect(cx, y, cell, height, 'S');
      doc.setLineDashPattern([], 0);
    }
  }
}

/** A horizontal bar for a value on a 0-100 scale, with an optional target marker. */
export function scoreBar(
  doc: jsPDF,
  x: number,
  y: number,
  width: number,
  height: number,
  value: number | null,
  target: number | null = null,
): void {
  doc.setFillColor(...COLOURS.light);
  doc.rect(x, y, width, height, 'F');
  if (value !== null) {
    doc.setFillColor(...COLOURS.blue);
    doc.rect(x, y, (width * Math.max(0, Math.min(100, value))) / 100, height, 'F');
  }
  if (target !== null) targetMarker(doc, x + (width * target) / 100, y - 1.2, height + 2.4);
}

/**
 * The target on a bar: a dashed vertical line topped by a diamond, so that it differs from the
 * score by shape as well as colour (it reads in greyscale).
 */
export function targetMarker(doc: jsPDF, tx: number, y: number, height: number): void {
  doc.setDrawColor(...COLOURS.text);
  doc.setLineWidth(0.5);
  doc.setLineDashPattern([0.8, 0.6], 0);
  doc.line(tx, y, tx, y + height);
  doc.setLineDashPattern([], 0);
  doc.setFillColor(...COLOURS.target);
  doc.setDrawColor(...COLOURS.text);
  doc.setLineWidth(0.2);
  const r = 1.3;
  doc.lines(
    [
      [r, r],
      [-r, r],
      [-r, -r],
      [r, -r],
    ],
    tx,
    y - 2 * r,
    [1, 1],
    'FD',
    true,
  );
}
