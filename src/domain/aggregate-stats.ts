/**
 * Summary statistics for workshop figures. Quartiles use linear interpolation between order
 * statistics (Hyndman and Fan type 7, the default of R and of Excel's QUARTILE.INC): for p in
 * [0, 1] and n sorted values x[0..n-1], h = (n − 1)·p and Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]).
 */

/** No statistic is shown for a group smaller than this, so that no one respondent can be singled out. */
export const MIN_GROUP = 3;
export const TOO_FEW_LABEL = 'fewer than 3 responses';

/** What each figure counts: every council once (the median of its respondents), or every response. */
export type CountBy = 'council' | 'response';
export const COUNT_BY_TEXT: Record<CountBy, string> = {
  council: 'each council counted once (the median of its respondents)',
  response: 'each response counted once',
};
const UNIT: Record<CountBy, [string, string]> = {
  council: ['council', 'councils'],
  response: ['response', 'responses'],
};
export const unitNoun = (by: CountBy, n: number) => UNIT[by][n === 1 ? 0 : 1];

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

/**
 * A group's figures, or only its size when it is too small to show any. `n` counts the values (councils
 * or responses with a score); `members` counts the responses in the group, scored or not, so that a
 * group whose every response was "Don't know" can say it has no scores rather than too few.
 */
export type GroupStats = { n: number; members: number; stats: Stats | null };

/** The quantile of n sorted values, the value at each position read by `at`. */
export function quantileAt(n: number, p: number, at: (position: number) => number): number {
  if (n === 0) throw new RangeError('quantile of an empty list');
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = at(lo);
  const b = at(hi);
  return a + (h - lo) * (b - a);
}

export const quantileSorted = (sorted: ArrayLike<number>, p: number): number =>
  quantileAt(sorted.length, p, (i) => sorted[i] as number);

export const medianOf = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : quantileSorted(sortedCopy(xs), 0.5);

/**
 * The values in ascending order, in a typed array: its sort is numeric without a comparator, and
 * several times quicker than sorting an array with one (a workshop takes thousands of medians).
 * Scores and levels are never NaN or -0, the only values the two sorts would place differently.
 */
const sortedCopy = (xs: readonly number[]): Float64Array => new Float64Array(xs).sort();

export function describe(values: readonly number[]): Stats | null {
  if (values.length === 0) return null;
  const sorted = sortedCopy(values);
  const n = sorted.length;
  // Summed in ascending order, as before the typed array: the same figures to the last bit.
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += sorted[i] as number;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i += 1) squares += ((sorted[i] as number) - mean) ** 2;
  const variance = squares / n;
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
export function groupStats(values: readonly number[], members = values.length): GroupStats {
  return {
    n: values.length,
    members: Math.max(members, values.length),
    stats: values.length >= MIN_GROUP ? describe(values) : null,
  };
}

/** Why a group has no figures, in words: no scores at all, or too few to show. */
export function hiddenReason(g: GroupStats, by: CountBy = 'response'): string {
  if (g.n === 0 && g.members > 0) return 'no scores (no response gave a level)';
  if (g.n === 0) return 'no responses';
  return `fewer than ${MIN_GROUP} ${UNIT[by][1]}`;
}

/**
 * Exact order of spread. Levels, and medians and quartiles of levels, are multiples of 1/8, so
 * values scaled by 8 are integers and the variance n·Σx² − (Σx)² over n² is an exact fraction;
 * comparing two of them by cross-multiplying in BigInt cannot be swayed by rounding.
 */
export type Fraction = { num: bigint; den: bigint };

/** The variance of values that are multiples of 1/8, as an exact fraction (times 64). */
export function varianceFraction(xs: readonly number[]): Fraction {
  let s1 = 0n;
  let s2 = 0n;
  for (const x of xs) {
    const u = BigInt(Math.round(x * 8));
    s1 += u;
    s2 += u * u;
  }
  const n = BigInt(xs.length);
  return { num: n * s2 - s1 * s1, den: n * n };
}

export function compareFractions(a: Fraction, b: Fraction): number {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export const compareVariance = (a: readonly number[], b: readonly number[]) =>
  compareFractions(varianceFraction(a), varianceFraction(b));

/**
 * Exact order of |mean(a) − mean(b)| between two pairs of groups of levels (multiples of 1/8):
 * |Σa·nb − Σb·na| / (na·nb) as BigInt fractions.
 */
export function meanGapFraction(p: { a: readonly number[]; b: readonly number[] }): Fraction {
  const sum = (xs: readonly number[]) => xs.reduce((t, v) => t + BigInt(Math.round(v * 8)), 0n);
  const na = BigInt(p.a.length);
  const nb = BigInt(p.b.length);
  const num = sum(p.a) * nb - sum(p.b) * na;
  return { num: num < 0n ? -num : num, den: na * nb };
}

export const compareMeanGap = (
  x: { a: readonly number[]; b: readonly number[] },
  y: { a: readonly number[]; b: readonly number[] },
) => compareFractions(meanGapFraction(x), meanGapFraction(y));

/**
 * Theme scores are fractions with the bank's weights in them; compared to a fixed six decimal places
 * so that two scores that are equal on paper are equal here, whatever order they were summed in.
 */
export const fixed6 = (x: number) => Math.round(x * 1e6);

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
