// Pure arithmetic of the validation study: agreement between raters who rated the same evidence
// pack with the same question bank. No file access here, so tests/unit/agreement.test.ts can
// check every figure against hand-worked examples; agreement.ts does the reading and printing.

/** A rater's answer to one question: a level 0-4, or one of the two non-level answers. */
export type Answer = 0 | 1 | 2 | 3 | 4 | 'dont-know' | 'not-applicable';

/** A rater's file left a question out; it is compared like a non-level answer. */
export const NO_ANSWER = 'no-answer';
export type Compared = Answer | typeof NO_ANSWER;

export const MAX_LEVEL = 4;

export type RaterRatings = { rater: string; ratings: Readonly<Record<string, Answer>> };

function isLevel(a: Compared): a is 0 | 1 | 2 | 3 | 4 {
  return typeof a === 'number';
}

/**
 * Disagreement weight between two answers, from 0 (same) to 1 (furthest apart). Between levels it
 * is quadratic: ((i - j) / 4)^2, so levels 0 and 4 weigh 1 and neighbours 1/16. A non-level
 * answer ("dont-know", "not-applicable", or a missing answer) agrees only with the same non-level
 * answer; against any level, or a different non-level answer, it weighs 1, the maximum. That is
 * the strictest reading: a rater who says "don't know" where another gives a level has not
 * agreed with them at all.
 */
export function disagreementWeight(a: Compared, b: Compared): number {
  if (isLevel(a) && isLevel(b)) return ((a - b) / MAX_LEVEL) ** 2;
  return a === b ? 0 : 1;
}

/** Both answers the same (levels or non-level answers). */
export function sameAnswer(a: Compared, b: Compared): boolean {
  return a === b;
}

/** The same answer, or two levels at most one apart. A non-level answer is never "within one". */
export function withinOne(a: Compared, b: Compared): boolean {
  if (isLevel(a) && isLevel(b)) return Math.abs(a - b) <= 1;
  return a === b;
}

/**
 * Cohen's weighted kappa for two raters over the same items, with the disagreement weights above:
 * kappa = 1 - observed disagreement / expected disagreement, where the expected figure pairs each
 * rater's own distribution of answers as if they were independent. Returns null when the
 * expected disagreement is zero (both raters gave one and the same answer to every item), where
 * kappa is undefined.
 */
export function weightedKappa(
  first: readonly Compared[],
  second: readonly Compared[],
): number | null {
  if (first.length !== second.length) throw new Error('Both raters must rate the same items.');
  const n = first.length;
  if (n === 0) return null;
  let observed = 0;
  for (let i = 0; i < n; i++) observed += disagreementWeight(first[i]!, second[i]!);
  observed /= n;
  const share = (answers: readonly Compared[]) => {
    const counts = new Map<Compared, number>();
    for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
    return [...counts].map(([answer, count]) => ({ answer, p: count / n }));
  };
  let expected = 0;
  for (const x of share(first)) {
    for (const y of share(second)) expected += x.p * y.p * disagreementWeight(x.answer, y.answer);
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}

export type Difference = {
  questionId: string;
  critical: boolean;
  answers: { rater: string; answer: Compared }[];
};

export type AgreementSummary = {
  raters: string[];
  questions: number;
  pairs: number;
  comparisons: number;
  exact: number | null;
  withinOne: number | null;
  /** Mean of the pairwise kappas that are defined; null when none is. */
  kappa: number | null;
  pairKappas: { pair: [string, string]; kappa: number | null }[];
  differences: Difference[];
  /** Answers left out of raters' files, counted as "no-answer". */
  missing: { rater: string; questionId: string }[];
};

/** The answer a rater gave to a question, or NO_ANSWER when the file leaves it out. */
export function answerOf(r: RaterRatings, questionId: string): Compared {
  return Object.prototype.hasOwnProperty.call(r.ratings, questionId)
    ? r.ratings[questionId]!
    : NO_ANSWER;
}

/**
 * Agreement among several raters on one pack and one bank. Every question of the bank is
 * compared for every pair of raters; a question counts as a difference when any two raters gave
 * different answers to it.
 */
export function summarise(
  questions: readonly { id: string; critical: boolean }[],
  raters: readonly RaterRatings[],
): AgreementSummary {
  const pairs: [RaterRatings, RaterRatings][] = [];
  for (let i = 0; i < raters.length; i++) {
    for (let j = i + 1; j < raters.length; j++) pairs.push([raters[i]!, raters[j]!]);
  }
  let same = 0;
  let near = 0;
  for (const q of questions) {
    for (const [a, b] of pairs) {
      const x = answerOf(a, q.id);
      const y = answerOf(b, q.id);
      if (sameAnswer(x, y)) same++;
      if (withinOne(x, y)) near++;
    }
  }
  const comparisons = questions.length * pairs.length;
  const pairKappas = pairs.map(([a, b]) => ({
    pair: [a.rater, b.rater] as [string, string],
    kappa: weightedKappa(
      questions.map((q) => answerOf(a, q.id)),
      questions.map((q) => answerOf(b, q.id)),
    ),
  }));
  const defined = pairKappas.flatMap((p) => (p.kappa === null ? [] : [p.kappa]));
  const differences: Difference[] = [];
  for (const q of questions) {
    const answers = raters.map((r) => ({ rater: r.rater, answer: answerOf(r, q.id) }));
    if (new Set(answers.map((a) => a.answer)).size > 1) {
      differences.push({ questionId: q.id, critical: q.critical, answers });
    }
  }
  const missing = raters.flatMap((r) =>
    questions
      .filter((q) => answerOf(r, q.id) === NO_ANSWER)
      .map((q) => ({ rater: r.rater, questionId: q.id })),
  );
  return {
    raters: raters.map((r) => r.rater),
    questions: questions.length,
    pairs: pairs.length,
    comparisons,
    exact: comparisons ? same / comparisons : null,
    withinOne: comparisons ? near / comparisons : null,
    kappa: defined.length ? defined.reduce((s, k) => s + k, 0) / defined.length : null,
    pairKappas,
    differences,
    missing,
  };
}

/** The study's goal (issue 13): 90% exact, kappa 0.85, no critical question with a difference. */
export const GOAL = { exact: 0.9, kappa: 0.85 } as const;

export function meetsGoal(s: AgreementSummary): boolean {
  return (
    s.exact !== null &&
    s.exact >= GOAL.exact &&
    s.kappa !== null &&
    s.kappa >= GOAL.kappa &&
    !s.differences.some((d) => d.critical)
  );
}

export function percent(x: number | null): string {
  return x === null ? 'n/a' : `${(x * 100).toFixed(1)}%`;
}

export function decimal(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

export type SummaryRow = { bankVersion: string; pack: string; summary: AgreementSummary };

/** The Markdown table for docs/validation/README.md (and the closing note). */
export function markdownTable(rows: readonly SummaryRow[]): string {
  const lines = [
    '| Bank | Pack | Raters | Exact agreement | Within one level | Weighted kappa (mean of pairs) | Questions with differences | Critical among them | Goal met |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const { bankVersion, pack, summary: s } of rows) {
    const critical = s.differences.filter((d) => d.critical).length;
    lines.push(
      `| ${bankVersion} | ${pack} | ${s.raters.length} | ${percent(s.exact)} | ${percent(s.withinOne)} | ${decimal(s.kappa)} | ${s.differences.length} of ${s.questions} | ${critical} | ${meetsGoal(s) ? 'yes' : 'no'} |`,
    );
  }
  return lines.join('\n');
}
