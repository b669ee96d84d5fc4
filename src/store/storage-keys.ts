/**
 * Every place this app keeps data in the browser, in one registry, so nothing writes to a key that
 * is not listed here. The library needs no localStorage: the one per-device fact it keeps (when each
 * assessment was last exported) lives in the assessment's IndexedDB record, beside the assessment.
 */
export const STORAGE = {
  /** IndexedDB database and object store that hold the assessment library. */
  idbDatabase: 'big-society-readiness',
  idbStore: 'library',
  /** One IndexedDB record per assessment: `assessment:<id>`. */
  assessmentPrefix: 'assessment:',
  /** BroadcastChannel on which tabs tell each other what they saved. */
  channel: 'big-society-readiness:library',
} as const;

export const assessmentKey = (id: string) => `${STORAGE.assessmentPrefix}${id}`;

export const idFromAssessmentKey = (key: string): string | null =>
  key.startsWith(STORAGE.assessmentPrefix) ? key.slice(STORAGE.assessmentPrefix.length) : null;
