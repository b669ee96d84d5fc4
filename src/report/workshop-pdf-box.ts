import { hiddenReason, type CountBy, type GroupStats } from '../domain/aggregate-stats';
import { COLOURS, lineHeight, type PdfKit, SIZES } from './pdf-kit';

const f1 = (x: number) =>
  (Math.round(x * 10) / 10).toFixed(Number.isInteger(Math.round(x * 10) / 10) ? 0 : 1);

/**
 * A box plot on the 0-100 scale: whisker from minimum to maximum, box from lower to upper quartile,
 * a thick median line and a small tick for each respondent. The figures are printed beside it and
 * in the table under it, so the chart is never the only place they are.
 */
export function boxRow(
  kit: PdfKit,
  label: string,
  g: GroupStats,
  points: readonly number[],
  by: CountBy,
): void {
  const labelWidth = 48;
  const trackX = kit.left + labelWidth;
  const trackWidth = 84;
  const rowHeight = 11;
  kit.ensureSpace(rowHeight);
  const y = kit.y;
  const mid = y + 5;
  const at = (v: number) => trackX + (trackWidth * Math.max(0, Math.min(100, v))) / 100;
  kit.font(SIZES.small, 'bold');
  kit
    .wrap(label, labelWidth - 3)
    .slice(0, 2)
    .forEach((line, i) => kit.textAt(line, kit.left, y + 1 + i * lineHeight(SIZES.small)));
  const doc = kit.doc;
  doc.setDrawColor(...COLOURS.rule);
  doc.setLineWidth(0.2);
  for (const v of [0, 20, 40, 60, 80, 100]) doc.line(at(v), y + 0.5, at(v), y + 9.5);
  for (const p of points) {
    doc.setDrawColor(...COLOURS.muted);
    doc.setLineWidth(0.25);
    doc.line(at(p), mid + 2.6, at(p), mid + 4.2);
  }
  const s = g.stats;
  kit.font(SIZES.tiny, 'normal', COLOURS.text);
  if (s) {
    doc.setDrawColor(...COLOURS.text);
    doc.setLineWidth(0.35);
    doc.line(at(s.min), mid, at(s.q1), mid);
    doc.line(at(s.q3), mid, at(s.max), mid);
    doc.line(at(s.min), mid - 1.5, at(s.min), mid + 1.5);
    doc.line(at(s.max), mid - 1.5, at(s.max), mid + 1.5);
    doc.setFillColor(...COLOURS.blue);
    doc.rect(at(s.q1), mid - 2.2, Math.max(0.4, at(s.q3) - at(s.q1)), 4.4, 'F');
    doc.setDrawColor(...COLOURS.darkBlue);
    doc.setLineWidth(1.1);
    doc.line(at(s.median), mid - 3, at(s.median), mid + 3);
    kit.textAt(
      `median ${f1(s.median)}, quartiles ${f1(s.q1)}-${f1(s.q3)}`,
      trackX + trackWidth + 3,
      mid - 1.5,
    );
  } else {
    kit.textAt(hiddenReason(g, by), trackX + trackWidth + 3, mid - 1.5);
  }
  kit.y = y + rowHeight;
}

export function axis(kit: PdfKit): void {
  const trackX = kit.left + 48;
  kit.font(SIZES.tiny, 'normal', COLOURS.muted);
  for (const v of [0, 20, 40, 60, 80, 100])
    kit.textAt(String(v), trackX + (84 * v) / 100, kit.y, 'center');
  kit.y += lineHeight(SIZES.tiny) + 1;
}
