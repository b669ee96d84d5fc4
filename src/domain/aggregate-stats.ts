/**
 * Summary statistics for workshop figures. Quartiles use linear interpolation between order
 * statistics (Hyndman and Fan type 7, the default of R and of Excel's QUARTILE.INC): for p in
 * [0, 1] and n sorted values x[0..n-1], h = (n − 1)·p and Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]).
 */

/** No statistic is shown for a group smaller than this, so that no one respondent can be singled out. */
export const MIN_GROUP = 3;
export const TOO_FEW_LABEL = 'fewer than 3 responses';

export type Stats = {
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  /** Population standard deviation (divides by n): the spread of these respondents, not an estimate. */
  sd: number;
  iqr: number;
};

/** A group's figures, or only its size when it is too small to show any. */
export type GroupStats = { n: number; stats: Stats | null };

export function quantileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('quantile of an empty list');
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (h - lo) * (b - a);
}

export function describe(values: readonly number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const mean = sorted.reduce((s, x) => s + x, 0) / n;
  const variance = sorted.reduce((s, x) => s + (x - mean) ** 2, 0) / n;
  const q1 = quantileSorted(sorted, 0.25);
  const q3 = quantileSorted(sorted, 0.75);
  return {
    n,
    min: sorted[0] as number,
    q1,
    median: quantileSorted(sorted, 0.5),
    q3,
    max: sorted[n - 1] as number,
    mean,
    sd: Math.sqrt(variance),
    iqr: q3 - q1,
  };
}

/** Statistics only for a group of at least MIN_GROUP values. */
export function groupStats(values: readonly number[]): GroupStats {
  return { n: values.length, stats: values.length >= MIN_GROUP ? describe(values) : null };
}

export type Position =
  'lowest quarter' | 'below the median' | 'at the median' | 'above the median' | 'highest quarter';

/** Where one score sits against a group's quartiles, in words a workshop can use. */
export function positionAgainst(score: number, s: Pick<Stats, 'q1' | 'median' | 'q3'>): Position {
  if (score < s.q1) return 'lowest quarter';
  if (score > s.q3) return 'highest quarter';
  if (score < s.median) return 'below the median';
  if (score > s.median) return 'above the median';
  return 'at the median';
}

/** A position as a phrase for tables and the PDF. */
export const POSITION_TEXT: Record<Position, string> = {
  'lowest quarter': 'In the lowest quarter',
  'below the median': 'Below the median, above the lowest quarter',
  'at the median': 'At the median',
  'above the median': 'Above the median, below the highest quarter',
  'highest quarter': 'In the highest quarter',
};
