import type { Answer, Assessment, PlanAction } from '../domain/assessment-schema';

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

/**
 * Two copies of one assessment with no known common copy (the library could not be read, or the
 * stored copy was never seen by this tab). Nothing either copy holds is dropped: an answer, note,
 * evidence, target or action missing from one copy is taken from the other; where both hold a
 * different response, target or action, `ours` (the copy on this page) wins; two different notes
 * (or evidence) are both kept, one after the other.
 */
export function mergeWithoutBase(theirs: Assessment, ours: Assessment): Assessment {
  const answers: Record<string, Answer> = { ...theirs.answers };
  for (const [qid, o] of Object.entries(ours.answers)) {
    const t = theirs.answers[qid];
    answers[qid] = t
      ? {
          ...t,
          ...o,
          response: o.response ?? t.response,
          notes: joinText(o.notes, t.notes),
          evidence: joinText(o.evidence, t.evidence),
        }
      : o;
  }
  const ourIds = new Set(ours.plan.map((a) => a.id));
  return {
    ...theirs,
    ...ours,
    about: fillBlanks(ours.about, theirs.about),
    answers,
    targets: { ...theirs.targets, ...ours.targets },
    plan: [...ours.plan, ...theirs.plan.filter((a) => !ourIds.has(a.id))],
    baseline: ours.baseline ?? theirs.baseline,
    updatedAt: theirs.updatedAt > ours.updatedAt ? theirs.updatedAt : ours.updatedAt,
  };
}

function joinText(ours: string, theirs: string): string {
  const o = ours.trim();
  const t = theirs.trim();
  if (t === '' || o.includes(t)) return ours;
  if (o === '' || t.includes(o)) return theirs;
  return `${ours}\n\n${theirs}`;
}

/** Ours, with any blank text taken from theirs. */
function fillBlanks<T extends object>(ours: T, theirs: T): T {
  const t0 = theirs as Record<string, unknown>;
  const out: Record<string, unknown> = { ...t0, ...(ours as Record<string, unknown>) };
  for (const [k, v] of Object.entries(ours)) {
    const t = t0[k];
    if (v === '' && typeof t === 'string') out[k] = t;
  }
  return out as T;
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
