import type { ThemeDistribution } from './aggregate';

/** Geometry of the theme box plots, in SVG user units; the chart component only draws it. */
export const CHART = { width: 720, left: 24, right: 696, rowHeight: 78, top: 28 } as const;

export const xOf = (score: number) =>
  CHART.left + ((CHART.right - CHART.left) * Math.max(0, Math.min(100, score))) / 100;

export type BoxRow = {
  themeId: string;
  title: string;
  y: number;
  box: { min: number; q1: number; median: number; q3: number; max: number } | null;
  n: number;
  dots: { participantId: string; label: string; x: number; y: number; score: number }[];
};

/**
 * One row per theme: the box (x positions of min, quartiles, median, max) or null under the
 * three-response rule, and a dot per respondent, stacked upwards where scores coincide so that
 * every respondent stays visible.
 */
export function boxRows(themes: readonly ThemeDistribution[]): BoxRow[] {
  return themes.map((t, i) => {
    const y = CHART.top + i * CHART.rowHeight;
    const s = t.group.stats;
    const stack = new Map<number, number>();
    const dots = [...t.positions]
      .sort((a, b) => a.score - b.score)
      .map((p) => {
        const x = Math.round(xOf(p.score));
        // Dots closer than their width share a column and stack.
        const column = Math.round(x / 6);
        const k = stack.get(column) ?? 0;
        stack.set(column, k + 1);
        return {
          participantId: p.participantId,
          label: p.label,
          score: p.score,
          x,
          y: y + 68 - Math.min(k, 3) * 4,
        };
      });
    return {
      themeId: t.themeId,
      title: t.title,
      y,
      n: t.group.n,
      box: s
        ? { min: xOf(s.min), q1: xOf(s.q1), median: xOf(s.median), q3: xOf(s.q3), max: xOf(s.max) }
        : null,
      dots,
    };
  });
}

export const chartHeight = (rows: number) => CHART.top + rows * CHART.rowHeight + 8;
