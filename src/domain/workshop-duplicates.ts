import type { Assessment } from './assessment-schema';
import { orgKeyOf } from './workshop-letters';

/** Where a copy came from: a file's position, or -1 for a response already in the workshop. */
export type Sourced = { source: number; assessment: Assessment };

/** One assessment id met more than once: the copy kept and the copies left out. */
export type DuplicateId = { id: string; kept: number; left: number[] };

/**
 * One rule for the command line and the browser: of several copies of one assessment id, the one
 * with the newest `updatedAt` is kept. Equal times are settled by the content (the larger JSON
 * text), so the choice never depends on the order the files were read in. Order of first sight is kept.
 */
export function dedupeAssessments(items: readonly Sourced[]): {
  kept: Sourced[];
  duplicates: DuplicateId[];
} {
  const best = new Map<string, Sourced>();
  const seen = new Map<string, number[]>();
  const order: string[] = [];
  for (const item of items) {
    const id = item.assessment.id;
    const current = best.get(id);
    seen.set(id, [...(seen.get(id) ?? []), item.source]);
    if (!current) {
      best.set(id, item);
      order.push(id);
    } else if (newer(item.assessment, current.assessment)) best.set(id, item);
  }
  const duplicates: DuplicateId[] = [];
  for (const id of order) {
    const sources = seen.get(id) as number[];
    if (sources.length < 2) continue;
    const kept = (best.get(id) as Sourced).source;
    const left = [...sources];
    left.splice(left.indexOf(kept), 1);
    duplicates.push({ id, kept, left });
  }
  return { kept: order.map((id) => best.get(id) as Sourced), duplicates };
}

function newer(a: Assessment, b: Assessment): boolean {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta > tb;
  return JSON.stringify(a) > JSON.stringify(b);
}

/** The answers alone, as a comparable text: what would be the same if a respondent exported twice. */
function answerPrint(a: Assessment): string {
  return Object.keys(a.answers)
    .sort()
    .map((q) => {
      const r = a.answers[q]?.response;
      return `${q}=${r ? (r.kind === 'level' ? r.level : r.kind) : '-'}`;
    })
    .join(';');
}

/**
 * Responses that are probably one respondent's answers exported again under a new id: the same
 * organisation and role, and identical answers (at least one answered with a level). Each group
 * lists the positions of the assessments in `list`. They are flagged for the facilitator, not dropped.
 */
export function likelyDuplicates(list: readonly Assessment[]): number[][] {
  const groups = new Map<string, number[]>();
  list.forEach((a, i) => {
    if (!Object.values(a.answers).some((x) => x.response?.kind === 'level')) return;
    const key = `${orgKeyOf(a.about.organisation)}|${a.about.role}|${answerPrint(a)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  return [...groups.values()].filter((g) => g.length > 1);
}
