import type { Assessment, PlanAction } from '../domain/assessment-schema';

/**
 * Three-way merge of two tabs' edits to one assessment: `base` is the copy both started from,
 * `theirs` what the other tab saved, `ours` what this tab holds. Each answer, target, plan action
 * and top-level part is taken from whichever side changed it; when both changed the same part,
 * this tab's edit wins (the user is looking at it) and the caller tells the user.
 */
export function mergeAssessment(
  base: Assessment,
  theirs: Assessment,
  ours: Assessment,
): Assessment {
  const pick = <T>(b: T, t: T, o: T): T => (same(o, b) ? t : o);
  return {
    ...ours,
    about: pick(base.about, theirs.about, ours.about),
    answers: mergeRecord(base.answers, theirs.answers, ours.answers),
    targets: mergeRecord(base.targets, theirs.targets, ours.targets),
    plan: mergePlan(base.plan, theirs.plan, ours.plan),
    settings: pick(base.settings, theirs.settings, ours.settings),
    baseline: pick(base.baseline, theirs.baseline, ours.baseline),
    updatedAt: theirs.updatedAt > ours.updatedAt ? theirs.updatedAt : ours.updatedAt,
  };
}

function mergeRecord<T>(
  base: Record<string, T>,
  theirs: Record<string, T>,
  ours: Record<string, T>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs), ...Object.keys(base)])) {
    const value = same(ours[key], base[key]) ? theirs[key] : ours[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

function mergePlan(base: PlanAction[], theirs: PlanAction[], ours: PlanAction[]): PlanAction[] {
  const byId = (list: PlanAction[]) => new Map(list.map((a) => [a.id, a]));
  const [b, t, o] = [byId(base), byId(theirs), byId(ours)];
  const merged = mergeRecord(Object.fromEntries(b), Object.fromEntries(t), Object.fromEntries(o));
  // Keep this tab's order, then the other tab's new actions in its order.
  const order = [...ours.map((a) => a.id), ...theirs.map((a) => a.id).filter((id) => !o.has(id))];
  return order.filter((id) => merged[id] !== undefined).map((id) => merged[id] as PlanAction);
}

/** Structural equality for JSON-like values (the assessment is plain data). */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => same(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b, k) &&
        same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}
