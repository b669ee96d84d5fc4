import type { ThemeDistribution } from './aggregate';

/** Geometry of the theme box plots, in SVG user units; the chart component only draws it. */
export const CHART = { width: 720, left: 24, right: 696, rowHeight: 78, top: 28 } as const;

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
 * STACK_LIMIT stacks them, and a taller one becomes a single mark that says how many it holds, so no
 * dot hides another.
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
      const column = Math.round(xOf(v) / 6);
      columns.set(column, (columns.get(column) ?? 0) + 1);
    }
    const dots: Dot[] = [];
    for (const [column, count] of [...columns.entries()].sort((a, b) => a[0] - b[0])) {
      const x = column * 6;
      if (count > STACK_LIMIT) dots.push({ x, y: y + 64, count });
      else for (let k = 0; k < count; k += 1) dots.push({ x, y: y + 70 - k * 5, count: 1 });
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

export const chartHeight = (rows: number) => CHART.top + rows * CHART.rowHeight + 8;
