import type { Assessment } from '../domain/assessment-schema';
import { createLibrary, type Persistence, type TabChannel } from './library-engine';
import { indexedDbStorage } from './storage-adapter';
import { STORAGE } from './storage-keys';

export type { ElsewhereNotice, LibraryState, StoredProblem } from './library-engine';

async function checkPersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persisted) return 'unsupported';
  return (await navigator.storage.persisted()) ? 'persisted' : 'best-effort';
}

async function requestPersistence(): Promise<Persistence> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return 'unsupported';
  return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
}

/** The one library of this app, saved in IndexedDB and shared with other tabs. */
export const library = createLibrary({
  storage: indexedDbStorage,
  channel: () =>
    typeof BroadcastChannel === 'undefined'
      ? null
      : (new BroadcastChannel(STORAGE.channel) as unknown as TabChannel),
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  retryMs: 5000,
  persistence: { check: checkPersistence, request: requestPersistence },
});

export const useLibrary = library.useStore;
/** Read the library (main.tsx, before the first page renders). */
export async function initLibrary(): Promise<void> {
  await library.init();
}

/**
 * Load the file schema (a lazy chunk) and hold every stored assessment to it. main.tsx calls this
 * once the first page is drawn, so the schema's download never competes with that page's own.
 */
export function enforceStoredRules(): Promise<void> {
  return import('./strict-check').then(
    (m) => library.enforce(m.assessmentRulesProblem),
    () => undefined, // offline before the chunk was cached: the shape check still applies
  );
}
export const updateAssessment = library.updateAssessment;
export const addAssessments = library.addAssessments;
/** Write every pending change now; resolves once written (or kept for retry if it failed). */
export const saveLibrary = library.flush;
export const removeAssessment = library.removeAssessment;
export const markExported = library.markExported;
export const discardProblem = library.discardProblem;
export const dismissNotices = library.dismissNotices;
/** Read these assessments' stored copies (before an import, when the library may be unknown). */
export const lookupSaved = library.lookup;

export function useAssessment(id: string | undefined): Assessment | undefined {
  return useLibrary((s) => (id === undefined ? undefined : s.assessments[id]));
}

if (typeof document !== 'undefined') {
  // A tab coming back into view may have missed another tab's messages; a tab going out of view
  // may never come back (mobile browsers end hidden pages without warning), so save at once.
  document.addEventListener('visibilitychange', () => {
    if (!library.useStore.getState().ready) return;
    if (document.visibilityState === 'visible') void library.reconcile();
    else void library.flush();
  });
  // Registered before any page's own pagehide handler, so changes those handlers commit while
  // the page goes away are written at once too.
  window.addEventListener('pagehide', library.saveNow);
  window.addEventListener('pageshow', library.resume);
}
