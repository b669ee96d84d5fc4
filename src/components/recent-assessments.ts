import type { Assessment } from '../domain/assessment-schema';

/** Most recently changed first. */
export function byLastChange(list: Assessment[]): Assessment[] {
  return [...list].sort((a, b) =>
    a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0,
  );
}
