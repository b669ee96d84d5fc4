import type { Participant } from './aggregate';
import { groupStats, quantileAt, quantileSorted } from './aggregate-stats';
import type { CountBy, GroupStats } from './aggregate-stats';
import type { Role } from './options';
import { DONT_KNOW, NOT_APPLICABLE, UNANSWERED } from './aggregate-units';

export const ROLES_IN_ORDER: Role[] = ['officer', 'member', 'vcs', 'public-partner', 'other'];
const ROLES = ROLES_IN_ORDER.length;
const ROLE_INDEX = new Map<Role, number>(ROLES_IN_ORDER.map((r, i) => [r, i]));

/** A figure's values (councils' medians, or single responses), its size in responses, and its statistics. */
export type FigureValues = { values: number[]; members: number; group: GroupStats };

/** How many responses to one question gave each answer, over every participant. */
export type AnswerTally = {
  counts: [number, number, number, number, number];
  dontKnow: number;
  notApplicable: number;
  unanswered: number;
};

/**
 * Every figure of a workshop, drawn from the groups that count as one unit each (councils, or
 * single responses). Built once per aggregation: a figure is then a pass over a few small arrays
 * rather than over every participant.
 */
export type Figures = {
  /** A theme's scores (its position in the bank), or the overall score at position `themes`. */
  score: (roles: readonly Role[] | null, column: number) => FigureValues;
  /** The levels given to the question at position `qi` of the bank. */
  level: (roles: readonly Role[] | null, qi: number) => FigureValues;
  /** The median of one group's scores in a column (a council's figure), or null. */
  groupMedian: (group: number, column: number) => number | null;
  tally: (qi: number) => AnswerTally;
};

// Answer codes (aggregate-units.ts) run from UNANSWERED up to level 4: one slot each.
const LEVEL_SLOT = -UNANSWERED;
const SLOTS = LEVEL_SLOT + 5;

/**
 * Levels are whole numbers 0-4, so a group's levels are counted rather than listed and sorted: its
 * median is read off the counts at the same positions as from the sorted list, which gives the
 * very same number.
 */
function medianOfCounts(c: Int32Array, n: number): number {
  return quantileAt(n, 0.5, (i) => {
    let seen = 0;
    for (let level = 0; level < 5; level += 1) {
      seen += c[level] as number;
      if (i < seen) return level;
    }
    throw new RangeError('position past the counted levels');
  });
}

export function figuresFor(
  groups: readonly (readonly Participant[])[],
  themeIds: readonly string[],
  questions: number,
  countBy: CountBy,
): Figures {
  const columns = themeIds.length + 1;
  const total = groups.reduce((n, g) => n + g.length, 0);
  // Scores by participant position and column; NaN stands for no score.
  const scores = new Float64Array(total * columns);
  // Participant positions by group and role, and answer counts by group, role, question and code.
  const members: number[][][] = groups.map(() => ROLES_IN_ORDER.map(() => []));
  const counts = new Int32Array(groups.length * ROLES * questions * SLOTS);
  let at = 0;
  groups.forEach((g, gi) => {
    for (const p of g) {
      const r = ROLE_INDEX.get(p.role) as number;
      (members[gi]?.[r] as number[]).push(at);
      for (let t = 0; t < themeIds.length; t += 1)
        scores[at * columns + t] = p.scores[themeIds[t] as string] ?? NaN;
      scores[at * columns + columns - 1] = p.overall ?? NaN;
      const base = (gi * ROLES + r) * questions * SLOTS;
      for (let qi = 0; qi < questions; qi += 1)
        (counts[base + qi * SLOTS + (p.answers[qi] as number) + LEVEL_SLOT] as number) += 1;
      at += 1;
    }
  });

  // The groups with someone in the roles, as lists of positions in participant order.
  const cache = new Map<string, { gi: number; roles: number[]; list: Int32Array }[]>();
  const groupsOf = (roles: readonly Role[] | null) => {
    const key = roles ? roles.join() : '';
    let found = cache.get(key);
    if (!found) {
      const wanted = roles ? roles.map((r) => ROLE_INDEX.get(r) as number) : [0, 1, 2, 3, 4];
      const inRoles = wanted.sort((a, b) => a - b);
      found = members
        .map((byRole, gi) => ({
          gi,
          roles: inRoles,
          list: Int32Array.from(inRoles.flatMap((r) => byRole[r] ?? [])).sort(),
        }))
        .filter((g) => g.list.length > 0);
      cache.set(key, found);
    }
    return found;
  };

  const scratch = new Float64Array(Math.max(1, ...groups.map((g) => g.length)));
  /** The scores in one column of the participants at `list`, in order, into the scratch array. */
  const gather = (list: Int32Array, column: number) => {
    let k = 0;
    for (let i = 0; i < list.length; i += 1) {
      const v = scores[(list[i] as number) * columns + column] as number;
      if (v === v) scratch[k++] = v;
    }
    return k;
  };
  // The median of the first k scratch values, as medianOf computes it (a sorted copy).
  const scratchMedian = (k: number) => quantileSorted(scratch.subarray(0, k).sort(), 0.5);

  const score: Figures['score'] = (roles, column) => {
    const values: number[] = [];
    let size = 0;
    for (const g of groupsOf(roles)) {
      size += g.list.length;
      const k = gather(g.list, column);
      if (countBy === 'response') for (let i = 0; i < k; i += 1) values.push(scratch[i] as number);
      else if (k > 0) values.push(scratchMedian(k));
    }
    return { values, members: size, group: groupStats(values, size) };
  };

  const c = new Int32Array(5);
  const level: Figures['level'] = (roles, qi) => {
    const values: number[] = [];
    let size = 0;
    for (const g of groupsOf(roles)) {
      size += g.list.length;
      c.fill(0);
      let n = 0;
      for (const r of g.roles) {
        const base = ((g.gi * ROLES + r) * questions + qi) * SLOTS + LEVEL_SLOT;
        for (let l = 0; l < 5; l += 1) {
          const k = counts[base + l] as number;
          (c[l] as number) += k;
          n += k;
        }
      }
      // Each response's level, in ascending order: no figure depends on the order of its values.
      if (countBy === 'response') {
        for (let l = 0; l < 5; l += 1) for (let k = c[l] as number; k > 0; k -= 1) values.push(l);
      } else if (n > 0) values.push(medianOfCounts(c, n));
    }
    return { values, members: size, group: groupStats(values, size) };
  };

  const groupMedian: Figures['groupMedian'] = (gi, column) => {
    const all = groupsOf(null).find((g) => g.gi === gi);
    const k = all ? gather(all.list, column) : 0;
    return k > 0 ? scratchMedian(k) : null;
  };

  const tally: Figures['tally'] = (qi) => {
    const t = new Int32Array(SLOTS);
    for (let b = qi * SLOTS; b < counts.length; b += questions * SLOTS)
      for (let s = 0; s < SLOTS; s += 1) (t[s] as number) += counts[b + s] as number;
    return {
      counts: [...t.subarray(LEVEL_SLOT)] as AnswerTally['counts'],
      dontKnow: t[DONT_KNOW + LEVEL_SLOT] as number,
      notApplicable: t[NOT_APPLICABLE + LEVEL_SLOT] as number,
      unanswered: t[UNANSWERED + LEVEL_SLOT] as number,
    };
  };

  return { score, level, groupMedian, tally };
}
