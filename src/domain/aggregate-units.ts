import type { Participant } from './aggregate';
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
