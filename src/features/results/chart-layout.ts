/**
 * Where everything goes in the results page's charts, for the width they are shown at. Pure, so
 * that the rules (nothing cut off, words never broken, 80 on the axis, ring labels off the axes)
 * are tested without a browser; the drawing components only place what this returns.
 */
import type { ThemeChartRow } from '../../domain/chart-data';
import {
  axisAngle,
  labelPlacement,
  radarPoint,
  RADAR_RINGS,
  type Point,
} from '../../domain/report-radar';
import { wrapWords } from '../../domain/format';
import { CHART_STYLE, textWidth } from '../../lib/chart-style';

export type TextBlock = {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  lines: string[];
  size: number;
  lineHeight: number;
  /** How many of the first lines are bold (a theme's title above its figures). */
  bold?: number;
};

const path = (points: readonly Point[]) =>
  `${points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ')} Z`;

/** "62, Established", with "provisional" and the target: what a chart says beside each theme. */
export function rowFigures(row: ThemeChartRow): string {
  const now = row.hasScore
    ? `${row.score} ${row.band}${row.provisional ? ' (provisional)' : ''}`
    : 'No score';
  return `${now}; target ${row.target}`;
}

export type RadarLayout = {
  width: number;
  height: number;
  centre: Point;
  radius: number;
  /** A ring's value label, or null where it would sit on a shape. */
  rings: { value: number; path: string; label: Point | null }[];
  spokes: { from: Point; to: Point }[];
  current: { path: string; points: (Point | null)[] };
  target: { path: string; points: Point[] };
  labels: TextBlock[];
};

const ANCHORS = { left: 'start', center: 'middle', right: 'end' } as const;

/** The radar at `width` pixels: the largest radius at which every label fits inside the width. */
export function radarLayout(rows: readonly ThemeChartRow[], width: number): RadarLayout {
  const n = rows.length;
  const narrow = width < 480;
  const size = narrow ? 13 : CHART_STYLE.labelSize;
  const lineHeight = Math.round(size * 1.25);
  const gap = 10;
  const margin = 4;
  const titles = rows.map((r) => wrapWords(r.theme, narrow ? 12 : 18));
  const texts = rows.map((r, i) => [
    ...(titles[i] ?? []),
    ...wrapWords(rowFigures(r), narrow ? 16 : 24),
  ]);

  const attempt = (radius: number) => {
    const boxes = rows.map((_, i) => {
      const { point, align, valign } = labelPlacement(i, n, 0, 0, radius, gap);
      const lines = texts[i] ?? [];
      const w = Math.max(...lines.map((l) => textWidth(l, size)));
      const h = lines.length * lineHeight;
      const left = align === 'left' ? point.x : align === 'right' ? point.x - w : point.x - w / 2;
      const top =
        valign === 'bottom' ? point.y - h : valign === 'middle' ? point.y - h / 2 : point.y;
      return { point, align, lines, left, top, w, h };
    });
    const minX = Math.min(-radius, ...boxes.map((b) => b.left));
    const maxX = Math.max(radius, ...boxes.map((b) => b.left + b.w));
    const minY = Math.min(-radius, ...boxes.map((b) => b.top));
    const maxY = Math.max(radius, ...boxes.map((b) => b.top + b.h));
    return { boxes, minX, maxX, minY, maxY };
  };

  let radius = Math.min(170, width / 2 - margin);
  let fit = attempt(radius);
  while (radius > 40 && fit.maxX - fit.minX > width - 2 * margin) {
    radius -= 4;
    fit = attempt(radius);
  }
  // Centre the drawing across the width; the labels decide the height.
  const cx = width / 2 - (fit.minX + fit.maxX) / 2;
  const cy = margin - fit.minY;
  const height = Math.ceil(fit.maxY - fit.minY + 2 * margin);
  const at = (p: Point): Point => ({ x: p.x + cx, y: p.y + cy });
  const point = (i: number, v: number) => radarPoint(i, n, v, cx, cy, radius);
  // Ring values go half way between the two axes where the drawn shapes reach least far, and only
  // the rings beyond the shapes there are labelled, so no value is written on a shape.
  const reach = rows.map((r) => Math.max(r.hasScore ? r.score : 0, r.target));
  const gapReach = reach.map((a, i) => {
    const b = reach[(i + 1) % n] ?? 0;
    return a + b === 0 ? 0 : (2 * a * b * Math.cos(Math.PI / n)) / (a + b);
  });
  const emptiest = gapReach.indexOf(Math.min(...gapReach));
  const between = axisAngle(emptiest, n) + Math.PI / n;
  const clear = (gapReach[emptiest] ?? 0) + 6;

  return {
    width,
    height,
    centre: { x: cx, y: cy },
    radius,
    rings: RADAR_RINGS.map((value) => ({
      value,
      path: path(rows.map((_, i) => point(i, value))),
      label:
        value * Math.cos(Math.PI / n) < clear
          ? null
          : {
              x: cx + ((radius * value * Math.cos(Math.PI / n)) / 100) * Math.cos(between),
              y: cy + ((radius * value * Math.cos(Math.PI / n)) / 100) * Math.sin(between),
            },
    })),
    spokes: rows.map((_, i) => ({ from: { x: cx, y: cy }, to: point(i, 100) })),
    current: {
      path: path(rows.map((r, i) => point(i, r.hasScore ? r.score : 0))),
      points: rows.map((r, i) => (r.hasScore ? point(i, r.score) : null)),
    },
    target: {
      path: path(rows.map((r, i) => point(i, r.target))),
      points: rows.map((r, i) => point(i, r.target)),
    },
    labels: fit.boxes.map((b, i) => {
      const anchor = ANCHORS[b.align as keyof typeof ANCHORS];
      const origin = at({
        x: anchor === 'start' ? b.left : anchor === 'end' ? b.left + b.w : b.left + b.w / 2,
        y: b.top,
      });
      const bold = titles[i]?.length ?? 0;
      return { x: origin.x, y: origin.y + size, anchor, lines: b.lines, size, lineHeight, bold };
    }),
  };
}

export const BAR_TICKS = [0, 20, 40, 60, 80, 100] as const;

export type BarsLayout = {
  width: number;
  height: number;
  left: number;
  plotWidth: number;
  ticks: { value: number; x: number; anchor: 'start' | 'middle' | 'end' }[];
  axisY: number;
  rows: {
    themeId: string;
    title: TextBlock;
    barTop: number;
    barHeight: number;
    barWidth: number;
    targetX: number;
  }[];
};

/**
 * Bars laid out one theme under another, each with its title and figures above a full-width track:
 * legible at any width, since nothing shares a line with a long theme title.
 */
export function barsLayout(rows: readonly ThemeChartRow[], width: number): BarsLayout {
  const size = width < 480 ? 14 : 16;
  const lineHeight = Math.round(size * 1.3);
  const pad = 8;
  const left = pad;
  const plotWidth = width - 2 * pad;
  const maxChars = Math.max(12, Math.floor(plotWidth / (size * 0.58)));
  const barHeight = 22;
  const x = (v: number) => left + (plotWidth * Math.max(0, Math.min(100, v))) / 100;
  let y = 4;
  const laid = rows.map((r) => {
    const lines = wrapWords(`${r.theme}: ${rowFigures(r)}`, maxChars);
    const title: TextBlock = { x: left, y: y + size, anchor: 'start', lines, size, lineHeight };
    const barTop = y + lines.length * lineHeight + 8;
    y = barTop + barHeight + 22;
    return {
      themeId: r.themeId,
      title,
      barTop,
      barHeight,
      barWidth: x(r.hasScore ? r.score : 0) - left,
      targetX: x(r.target),
    };
  });
  const axisY = y - 8;
  return {
    width,
    height: Math.ceil(axisY + CHART_STYLE.tickSize + 10),
    left,
    plotWidth,
    axisY,
    ticks: BAR_TICKS.map((value) => ({
      value,
      x: x(value),
      anchor: value === 0 ? 'start' : value === 100 ? 'end' : 'middle',
    })),
    rows: laid,
  };
}
