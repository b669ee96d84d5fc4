/**
 * Every place this app keeps data in the browser, in one registry, so nothing writes to a key that
 * is not listed here.
 */
export const STORAGE = {
  /** IndexedDB database and object store that hold the assessment library. */
  idbDatabase: 'big-society-readiness',
  idbStore: 'library',
  /** One IndexedDB record per assessment: `assessment:<id>`. */
  assessmentPrefix: 'assessment:',
  /**
   * A copy written blind as the page goes away (`pending:<id>`), with the revision it was based on;
   * taken in (merged, never trusted) at the next start-up.
   */
  pendingPrefix: 'pending:',
  /** BroadcastChannel on which tabs tell each other what they saved. */
  channel: 'big-society-readiness:library',
} as const;

export const assessmentKey = (id: string) => `${STORAGE.assessmentPrefix}${id}`;

export const idFromAssessmentKey = (key: string): string | null =>
  key.startsWith(STORAGE.assessmentPrefix) ? key.slice(STORAGE.assessmentPrefix.length) : null;
