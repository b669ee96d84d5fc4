import type { Participant } from './aggregate';
import type { Assessment } from './assessment-schema';
import { medianOf, type CountBy } from './aggregate-stats';

/**
 * The values a figure is drawn from: each response's value, or (counting councils once) each
 * council's median of its respondents' values. Councils or responses without a value are left out
 * of `values` but counted in `members`.
 */
export function unitValues(
  groups: readonly (readonly Participant[])[],
  value: (p: Participant) => number | null,
  countBy: CountBy,
): { values: number[]; members: number } {
  const values: number[] = [];
  let members = 0;
  for (const g of groups) {
    members += g.length;
    const vs: number[] = [];
    for (const p of g) {
      const v = value(p);
      if (v !== null) vs.push(v);
    }
    if (countBy === 'response') values.push(...vs);
    else if (vs.length > 0) values.push(medianOf(vs) as number);
  }
  return { values, members };
}

export const DONT_KNOW = -1;
export const NOT_APPLICABLE = -2;
const UNANSWERED = -3;

export function answerCodes(
  answers: Assessment['answers'],
  questionIds: readonly string[],
): Int8Array {
  const codes = new Int8Array(questionIds.length);
  questionIds.forEach((id, i) => {
    const r = Object.hasOwn(answers, id) ? answers[id]?.response : null;
    codes[i] =
      r?.kind === 'level'
        ? r.level
        : r?.kind === 'dont-know'
          ? DONT_KNOW
          : r?.kind === 'not-applicable'
            ? NOT_APPLICABLE
            : UNANSWERED;
  });
  return codes;
}

/** The level a participant gave the question at position `qi` of the bank, or null. */
export const levelAt = (p: Participant, qi: number): number | null => {
  const code = p.answers[qi] as number;
  return code >= 0 ? code : null;
};
