/**
 * Geometry of the radar chart, shared by the PDF (jsPDF lines) and the HTML report (SVG), so that
 * both draw the same picture from the same numbers.
 */
export type Point = { x: number; y: number };

/** Rings at the band boundaries, so each ring is the start of a band. */
export const RADAR_RINGS = [20, 40, 60, 80, 100] as const;

/** The angle of axis `index` of `count`: the first axis points straight up, the rest go clockwise. */
export function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

/** A value on the 0-100 scale along an axis; y grows downwards, as in both PDF and SVG. */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  cx: number,
  cy: number,
  radius: number,
): Point {
  const a = axisAngle(index, count);
  const r = (radius * Math.max(0, Math.min(100, value))) / 100;
  return { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a) };
}

/** The polygon through one value per axis; a theme without a score sits at the centre. */
export function radarPolygon(
  values: readonly (number | null)[],
  cx: number,
  cy: number,
  radius: number,
): Point[] {
  return values.map((v, i) => radarPoint(i, values.length, v ?? 0, cx, cy, radius));
}

export type LabelPlacement = {
  point: Point;
  align: 'left' | 'center' | 'right';
  valign: 'top' | 'middle' | 'bottom';
};

/** Where an axis label goes: just outside the outer ring, aligned away from the chart. */
export function labelPlacement(
  index: number,
  count: number,
  cx: number,
  cy: number,
  radius: number,
  gap: number,
): LabelPlacement {
  const a = axisAngle(index, count);
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const point = { x: cx + (radius + gap) * cos, y: cy + (radius + gap) * sin };
  const align = Math.abs(cos) < 0.2 ? 'center' : cos > 0 ? 'left' : 'right';
  const valign = sin < -0.5 ? 'bottom' : sin > 0.5 ? 'top' : 'middle';
  return { point, align, valign };
}
