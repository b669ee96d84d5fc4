import { createStore, type UseStore } from 'idb-keyval';
import type { Assessment } from '../domain/assessment-schema';
import { benchmarkShapeProblem } from '../domain/benchmark-file-build';
import type { Workshop } from '../domain/workshop';
import type { EngineDeps, RecordCodec, StoredProblem, TabChannel } from './engine-types';
import { same } from './merge-assessment';
import { mergeWorkshop, mergeWorkshopWithoutBase } from './merge-workshop';
import {
  makeTombstone,
  readEnvelope,
  restoreStoredAssessment,
  type RecordStep,
} from './persisted-record';
import { createRecordEngine } from './record-engine';
import { useLoadedWorkshopStore } from './workshop-registry';
import { indexedDbStorage, type LibraryStorage } from './storage-adapter';

/**
 * Workshops live in their own IndexedDB database, not beside the assessment library: a workshop
 * can hold hundreds of other councils' assessments, and the library reads every record of its
 * store at start-up.
 */
export const WORKSHOP_STORAGE = {
  idbDatabase: 'big-society-readiness-workshops',
  idbStore: 'workshops',
  /** One record per workshop: `workshop:<id>`. */
  workshopPrefix: 'workshop:',
  /** A copy written as the page went away: `pending-workshop:<id>`. */
  pendingPrefix: 'pending-workshop:',
  channel: 'big-society-readiness:workshops',
} as const;

export const WORKSHOP_RECORD_VERSION = 1;
/** One named step per past version of the workshop record (none yet: version 1 is the first). */
export const WORKSHOP_RECORD_STEPS: Record<number, RecordStep> = {};

export type WorkshopRecord = {
  version: typeof WORKSHOP_RECORD_VERSION;
  rev: number;
  savedAt: string;
  lastExportedAt: string | null;
  workshop: Workshop;
};

export const workshopKey = (id: string) => `${WORKSHOP_STORAGE.workshopPrefix}${id}`;

/** The library's adapter (one transaction per update, blind writes on pagehide) over the workshop database. */
export function workshopIndexedDbStorage(): LibraryStorage {
  let store: UseStore | null = null;
  return indexedDbStorage(
    () => (store ??= createStore(WORKSHOP_STORAGE.idbDatabase, WORKSHOP_STORAGE.idbStore)),
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored workshop: its details, then every participant through the same checks as a stored assessment. */
function restoreWorkshop(
  w: unknown,
): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  if (
    !isRecord(w) ||
    typeof w.id !== 'string' ||
    typeof w.name !== 'string' ||
    typeof w.date !== 'string' ||
    typeof w.anonymise !== 'boolean'
  ) {
    return { ok: false, message: 'the saved workshop is missing its name, date or settings' };
  }
  if (!Array.isArray(w.participants))
    return { ok: false, message: 'the saved workshop has no list of responses' };
  if (w.previous != null) {
    const problem = benchmarkShapeProblem(w.previous);
    if (problem)
      return {
        ok: false,
        message: `the saved previous workshop’s figures are unreadable (${problem})`,
      };
  }
  const participants: Assessment[] = [];
  for (const [i, p] of w.participants.entries()) {
    const read = restoreStoredAssessment(p);
    if (read.kind !== 'ok')
      return { ok: false, message: `response ${i + 1} of the saved workshop: ${read.message}` };
    participants.push(read.assessment);
  }
  return { ok: true, workshop: { ...(w as unknown as Workshop), participants } };
}

/** Parse-then-restore for a stored workshop: a record that does not fit is reported, never used or overwritten. */
export function readWorkshopRecord(
  raw: unknown,
): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  const read = workshopCodec.read(raw);
  if (read.kind === 'ok') return { ok: true, workshop: read.value };
  return {
    ok: false,
    message: read.kind === 'deleted' ? 'the workshop was deleted' : read.message,
  };
}

const text = (v: unknown) => (typeof v === 'string' ? v : null);

export const workshopCodec: RecordCodec<Workshop> = {
  prefix: WORKSHOP_STORAGE.workshopPrefix,
  pendingPrefix: WORKSHOP_STORAGE.pendingPrefix,
  read(raw) {
    const envelope = readEnvelope(raw, WORKSHOP_RECORD_STEPS, WORKSHOP_RECORD_VERSION);
    if (envelope.kind !== 'ok') return envelope;
    const r = envelope.record;
    const restored = restoreWorkshop(r.workshop);
    if (!restored.ok) return { kind: 'corrupt', message: restored.message };
    const rev = typeof r.rev === 'number' && Number.isFinite(r.rev) ? r.rev : 0;
    return {
      kind: 'ok',
      value: restored.workshop,
      rev,
      savedAt: text(r.savedAt) ?? '',
      lastExportedAt: text(r.lastExportedAt),
    };
  },
  write: (workshop, rev, lastExportedAt, now): WorkshopRecord => ({
    version: WORKSHOP_RECORD_VERSION,
    rev,
    savedAt: now.toISOString(),
    lastExportedAt,
    workshop,
  }),
  tombstone: makeTombstone,
  pending: (workshop, baseRev, base, lastExportedAt, now) => ({
    version: WORKSHOP_RECORD_VERSION,
    baseRev,
    base,
    savedAt: now.toISOString(),
    lastExportedAt,
    workshop,
  }),
  readPending(raw) {
    if (!isRecord(raw)) return null;
    const main = workshopCodec.read({ ...raw, rev: raw.baseRev });
    if (main.kind !== 'ok') return null;
    const base = raw.base == null ? null : restoreWorkshop(raw.base);
    return {
      baseRev: main.rev,
      base: base?.ok ? base.workshop : null,
      value: main.value,
      lastExportedAt: main.lastExportedAt,
    };
  },
  merge: mergeWorkshop,
  mergeWithoutBase: mergeWorkshopWithoutBase,
  same,
  stamp: (w, id, now) => ({ ...w, id, updatedAt: now.toISOString() }),
  idOf: (w) => w.id,
  withId: (w, id) => ({ ...w, id }),
  label: (w) => w.name,
};

export type WorkshopSummary = {
  id: string;
  name: string;
  date: string;
  participants: number;
  updatedAt: string;
};
export type WorkshopProblem = { key: string; message: string; raw: unknown };

const defaultDeps = (storage: () => LibraryStorage): EngineDeps => ({
  storage,
  channel: () =>
    typeof BroadcastChannel === 'undefined'
      ? null
      : (new BroadcastChannel(WORKSHOP_STORAGE.channel) as unknown as TabChannel),
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
  retryMs: 5000,
  // The library asks the browser to keep this origin's storage; both databases share that.
  persistence: { check: async () => 'unknown', request: async () => 'unknown' },
});

/**
 * The workshops of this device: the persistence engine (the library's) over workshop records, with
 * the calls the workshop pages make. `save` never throws: a write that fails is kept in memory,
 * retried, and shown in the not-saved alert; it resolves to whether the workshop is saved.
 */
export function createWorkshopStore(storage: () => LibraryStorage, deps: Partial<EngineDeps> = {}) {
  const engine = createRecordEngine(workshopCodec, 'workshops', {
    ...defaultDeps(storage),
    ...deps,
  });
  let started: Promise<void> | null = null;
  // Responses are held to the same rules as stored assessments and files (a lazy chunk).
  const ready = () =>
    (started ??= engine.init().then(async () => {
      const { assessmentRulesProblem } = await import('./strict-check');
      await engine.enforce((w) => {
        for (const [i, p] of w.participants.entries()) {
          const problem = assessmentRulesProblem(p);
          if (problem) return `response ${i + 1} of the saved workshop: ${problem}`;
        }
        return null;
      });
    }));
  const state = engine.useStore.getState;
  const toProblem = (p: StoredProblem): WorkshopProblem => ({
    key: p.key,
    message: p.message,
    raw: p.raw,
  });

  async function list(): Promise<{ workshops: WorkshopSummary[]; problems: WorkshopProblem[] }> {
    await ready();
    if (!state().storageReadable)
      throw new Error(
        'the list of workshops saved on this device could not be read; nothing saved has been changed',
      );
    const workshops = Object.values(state().workshops).map((w) => ({
      id: w.id,
      name: w.name,
      date: w.date,
      participants: w.participants.length,
      updatedAt: w.updatedAt,
    }));
    workshops.sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
    return { workshops, problems: state().problems.map(toProblem) };
  }

  async function load(
    id: string,
  ): Promise<
    | { kind: 'ok'; workshop: Workshop }
    | { kind: 'missing' }
    | { kind: 'problem'; message: string; raw: unknown }
  > {
    await ready();
    await engine.lookup([id]);
    const workshop = state().workshops[id];
    if (workshop) return { kind: 'ok', workshop };
    const problem = state().problems.find((p) => p.key === workshopKey(id));
    return problem
      ? { kind: 'problem', message: problem.message, raw: problem.raw }
      : { kind: 'missing' };
  }

  /** Keep this workshop and write it; resolves to true once it is saved, false while it is not. */
  async function save(w: Workshop): Promise<boolean> {
    await ready();
    const current = state().workshops[w.id];
    if (!current || !same(current, w)) engine.add([w]);
    await engine.flush();
    return state().save.state === 'saved' && !state().unsaved.includes(w.id);
  }

  async function remove(id: string): Promise<void> {
    await ready();
    engine.remove(id);
    await engine.flush();
  }

  return { list, load, save, remove, engine };
}

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

/** The workshops of this device. Tests make their own store over the library's `memoryStorage()`. */
export const workshopStore: WorkshopStore = createWorkshopStore(workshopIndexedDbStorage);
export const useWorkshops = workshopStore.engine.useStore;
useLoadedWorkshopStore.setState({ store: workshopStore });

if (typeof document !== 'undefined') {
  document.addEventListener('visibilitychange', () => {
    if (!useWorkshops.getState().ready) return;
    if (document.visibilityState === 'visible') void workshopStore.engine.reconcile();
    else void workshopStore.engine.flush();
  });
  window.addEventListener('pagehide', workshopStore.engine.saveNow);
  window.addEventListener('pageshow', workshopStore.engine.resume);
}
