import type { ThemeDistribution } from './aggregate';

/** Geometry of the theme box plots, in SVG user units; the chart component only draws it. */
export const CHART = {
  width: 720,
  left: 24,
  right: 696,
  rowHeight: 78,
  top: 28,
  /** A single dot's radius, and a counted mark's (a circle with a number in it). */
  dotRadius: 2.6,
  countRadius: 7,
} as const;

/** Dots closer than this share a column; a column's dots stack this far apart. */
const COLUMN = 6;
/** The clear space kept between any two marks. */
const GAP = 1;

export const xOf = (score: number) =>
  CHART.left + ((CHART.right - CHART.left) * Math.max(0, Math.min(100, score))) / 100;

/** Up to this many dots stack in one column; more are drawn as one counted mark. */
export const STACK_LIMIT = 4;

export type Dot = { x: number; y: number; count: number };

export type BoxRow = {
  themeId: string;
  title: string;
  y: number;
  box: { min: number; q1: number; median: number; q3: number; max: number } | null;
  n: number;
  /** One dot per value, stacked where values coincide; a column of many is one mark with its count. */
  dots: Dot[];
  /** The picked-out council's or response's value in this theme, if any. */
  highlight: { x: number; score: number } | null;
};

/**
 * One row per theme: the box (x positions of min, quartiles, median, max) or null under the
 * three-response rule, and the dots: none at all for a group too small to show, so that no single
 * value of a hidden group is drawn. Dots closer than their width share a column; a column of up to
 * STACK_LIMIT stacks them, and a taller one becomes a single mark that says how many it holds; a
 * column that such a mark would cover joins it (see `separate`). So no dot or mark hides another.
 */
export function boxRows(
  themes: readonly ThemeDistribution[],
  highlight: Readonly<Record<string, number | null>> | null = null,
): BoxRow[] {
  return themes.map((t, i) => {
    const y = CHART.top + i * CHART.rowHeight;
    const s = t.group.stats;
    const columns = new Map<number, number>();
    for (const v of t.points) {
      const column = Math.round(xOf(v) / COLUMN);
      columns.set(column, (columns.get(column) ?? 0) + 1);
    }
    const marks = separate(
      [...columns.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([c, count]) => ({ x: c * COLUMN, count })),
    );
    const dots: Dot[] = [];
    for (const { x, count } of marks) {
      if (count > STACK_LIMIT) dots.push({ x, y: y + 64, count });
      else for (let k = 0; k < count; k += 1) dots.push({ x, y: y + 70 - k * COLUMN, count: 1 });
    }
    const h = s && highlight ? (highlight[t.themeId] ?? null) : null;
    return {
      themeId: t.themeId,
      title: t.title,
      y,
      n: t.group.n,
      box: s
        ? { min: xOf(s.min), q1: xOf(s.q1), median: xOf(s.median), q3: xOf(s.q3), max: xOf(s.max) }
        : null,
      dots,
      highlight: h === null ? null : { x: xOf(h), score: h },
    };
  });
}

const radius = (count: number) => (count > STACK_LIMIT ? CHART.countRadius : CHART.dotRadius);

/**
 * Columns (x, how many) that would overlap once drawn: a counted mark is wider than a column, so a
 * column beside one (or two counted marks side by side) would be drawn over it. Such neighbours
 * join into one counted mark, at their mean position, until no two marks touch.
 */
function separate(columns: { x: number; count: number }[]): { x: number; count: number }[] {
  const marks = [...columns];
  for (let i = 0; i + 1 < marks.length;) {
    const a = marks[i] as { x: number; count: number };
    const b = marks[i + 1] as { x: number; count: number };
    const counted = a.count > STACK_LIMIT || b.count > STACK_LIMIT;
    if (counted && b.x - a.x < radius(a.count) + radius(b.count) + GAP) {
      const count = a.count + b.count;
      marks.splice(i, 2, { x: (a.x * a.count + b.x * b.count) / count, count });
      // The wider mark may now reach the one before it.
      i = Math.max(0, i - 1);
    } else i += 1;
  }
  return marks;
}

export const chartHeight = (rows: number) => CHART.top + rows * CHART.rowHeight + 8;
