import { create } from 'zustand';
import type { Assessment } from '../domain/assessment-schema';
import { mergeAssessment, mergeWithoutBase, same } from './merge-assessment';
import {
  makePending,
  makeRecord,
  makeTombstone,
  readPending,
  readRecord,
  storedRev,
  type StoredRecord,
} from './persisted-record';
import type { LibraryStorage } from './storage-adapter';
import { assessmentKey, idFromAssessmentKey, idFromPendingKey, pendingKey } from './storage-keys';

/** Saved data that could not be used: kept as it is in storage until the user chooses. */
export type StoredProblem = {
  key: string;
  kind: 'corrupt' | 'newer';
  message: string;
  raw: unknown;
};

/** A change made in another tab or window that this tab has taken in. */
export type ElsewhereNotice = {
  id: string;
  organisation: string;
  /** 'combined': a stored copy this tab had never read was found on writing, and both were kept. */
  kind: 'updated' | 'merged' | 'combined' | 'removed' | 'kept';
};

export type Persistence = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';

export type LibraryState = {
  /** False until the library has been read from storage (main.tsx waits for it). */
  ready: boolean;
  assessments: Record<string, Assessment>;
  /** Facts about this device's copy of each assessment, kept beside it in storage. */
  meta: Record<string, { lastExportedAt: string | null; savedAt: string | null }>;
  /** 'failed' while some change could not be written; `unsaved` lists the assessments affected. */
  save: { state: 'saved' | 'failed'; message: string | null; since: string | null };
  unsaved: string[];
  /**
   * False while the list of saved assessments could not be read (start-up, or since): the library
   * is then unknown, not empty, and every write merges with whatever is stored under its key.
   */
  storageReadable: boolean;
  problems: StoredProblem[];
  elsewhere: ElsewhereNotice[];
  persistence: Persistence;
};

/** What tabs tell each other (BroadcastChannel). */
export type TabMessage =
  { type: 'saved'; id: string; rev: number } | { type: 'removed'; id: string; rev?: number };
export type TabChannel = {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
};

export type LibraryDeps = {
  storage: () => LibraryStorage;
  channel: () => TabChannel | null;
  now: () => Date;
  newId: () => string;
  /** How often to try again after a failed write. */
  retryMs: number;
  persistence: { check: () => Promise<Persistence>; request: () => Promise<Persistence> };
};

const initialState = (): LibraryState => ({
  ready: false,
  assessments: {},
  meta: {},
  save: { state: 'saved', message: null, since: null },
  unsaved: [],
  storageReadable: true,
  problems: [],
  elsewhere: [],
  persistence: 'unknown',
});

export function describeError(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}

/**
 * The assessment library: a zustand store over a storage adapter. Every change is written as it is
 * made; a write that fails is kept in memory, reported, and retried on the next change and on a
 * timer; records that cannot be read are reported and never written over; tabs tell each other
 * what they saved and merge each other's edits.
 */
export function createLibrary(deps: LibraryDeps) {
  const useStore = create<LibraryState>()(initialState);
  const get = useStore.getState;
  const set = useStore.setState;

  let storage: LibraryStorage | null = null;
  let channel: TabChannel | null = null;
  // The stored copy this tab last read or wrote, and its write count: the base of a merge.
  const base = new Map<string, Assessment>();
  const revs = new Map<string, number>();
  const dirty = new Set<string>();
  const removed = new Set<string>();
  // Keys holding data this version cannot read: never written to.
  const blocked = new Set<string>();
  let flushing: Promise<void> | null = null;
  let again = false;
  let retryTimer: ReturnType<typeof setInterval> | null = null;
  let persistenceAsked = false;
  // Set while the page is going away: every change is then also written blind (pending copy).
  let hiding = false;
  const pendingStored = new Set<string>();

  const storageOrThrow = () => {
    storage ??= deps.storage();
    return storage;
  };

  const setMeta = (id: string, record: StoredRecord) =>
    set((s) => ({
      meta: { ...s.meta, [id]: { lastExportedAt: record.lastExportedAt, savedAt: record.savedAt } },
    }));

  const notify = (notice: ElsewhereNotice) =>
    set((s) => ({ elsewhere: [...s.elsewhere.filter((n) => n.id !== notice.id), notice] }));

  const post = (message: TabMessage) => {
    try {
      channel?.postMessage(message);
    } catch {
      // Another tab will still see the change when it is next shown (reconcile on visibility).
    }
  };

  async function init(): Promise<void> {
    // Called once by the app; tests call it again, so let go of an earlier channel first.
    if (channel) {
      channel.onmessage = null;
      channel.close();
    }
    try {
      channel = deps.channel();
      if (channel) channel.onmessage = (event) => void onTabMessage(event.data);
    } catch {
      channel = null;
    }
    let entries: [string, unknown][] = [];
    try {
      entries = await storageOrThrow().entries();
    } catch (error) {
      // Listing can fail while single reads and writes work: then the library is unknown, and
      // "not saved" is shown only if a single read fails too (or, later, a write).
      let readable = true;
      try {
        await storageOrThrow().get(assessmentKey(''));
      } catch {
        readable = false;
      }
      set({
        ready: true,
        storageReadable: false,
        save: readable
          ? { state: 'saved', message: null, since: null }
          : {
              state: 'failed',
              message: `This browser is not letting the tool read or save data (${describeError(error)}). You can still work, but download your data before you close this tab.`,
              since: deps.now().toISOString(),
            },
      });
      startRetry();
      return;
    }
    const assessments: Record<string, Assessment> = {};
    const meta: LibraryState['meta'] = {};
    const problems: StoredProblem[] = [];
    const pending: [string, unknown][] = [];
    for (const [key, raw] of entries) {
      const id = idFromAssessmentKey(key);
      const pendingId = idFromPendingKey(key);
      if (pendingId !== null) pending.push([pendingId, raw]);
      if (id === null) continue; // not ours to judge: left alone
      const read = readRecord(raw);
      if (read.kind === 'deleted') {
        revs.set(id, read.rev);
        continue;
      }
      if (read.kind !== 'ok') {
        problems.push({ key, kind: read.kind, message: read.message, raw });
        blocked.add(key);
        continue;
      }
      if (read.record.assessment.id !== id) {
        problems.push({
          key,
          kind: 'corrupt',
          message: 'the saved record is filed under another id',
          raw,
        });
        blocked.add(key);
        continue;
      }
      assessments[id] = read.record.assessment;
      meta[id] = { lastExportedAt: read.record.lastExportedAt, savedAt: read.record.savedAt };
      base.set(id, read.record.assessment);
      revs.set(id, read.record.rev);
    }
    for (const [id, raw] of pending) takePending(id, raw, assessments);
    set({ ready: true, assessments, meta, problems, storageReadable: true });
    if (dirty.size > 0) scheduleFlush();
    void deps.persistence.check().then(
      (p) => set({ persistence: p }),
      () => undefined,
    );
  }

  /**
   * A copy written as the page went away last time: taken in as this tab's unsaved edit, based on
   * the revision it was made from, so the normal write merges it with anything stored since.
   */
  function takePending(id: string, raw: unknown, into: Record<string, Assessment>): void {
    const p = readPending(raw);
    if (!p || blocked.has(assessmentKey(id))) return;
    pendingStored.add(id);
    const stored = into[id];
    if (stored && same(stored, p.record.assessment)) {
      dropPending(id);
      return;
    }
    into[id] = p.record.assessment;
    if (p.base) base.set(id, p.base);
    else base.delete(id);
    revs.set(id, p.baseRev);
    dirty.add(id);
  }

  function dropPending(id: string): void {
    storageOrThrow()
      .remove(pendingKey(id))
      .then(
        () => pendingStored.delete(id),
        () => undefined,
      );
  }

  function writePending(id: string): void {
    const a = get().assessments[id];
    try {
      const s = storageOrThrow();
      if (!a || !s.putNow || blocked.has(assessmentKey(id))) return;
      const lastExportedAt = get().meta[id]?.lastExportedAt ?? null;
      s.putNow(
        pendingKey(id),
        makePending(a, revs.get(id) ?? 0, base.get(id) ?? null, lastExportedAt, deps.now()),
      );
      pendingStored.add(id);
    } catch {
      // The page is going away: nothing more can be done.
    }
  }

  /** The page is going away (pagehide): write every unsaved change now, without waiting for a reply. */
  function saveNow(): void {
    hiding = true;
    for (const id of dirty) writePending(id);
  }

  /** The page is back (pageshow after pagehide). */
  function resume(): void {
    hiding = false;
  }

  function changed(id: string): void {
    dirty.add(id);
    if (hiding) writePending(id);
    scheduleFlush();
  }

  function scheduleFlush(): void {
    void flush();
  }

  function flush(): Promise<void> {
    if (flushing) {
      again = true;
      return flushing;
    }
    flushing = (async () => {
      do {
        again = false;
        await writeAll();
      } while (again);
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  async function writeAll(): Promise<void> {
    let failure: unknown = null;
    for (const id of [...removed]) {
      try {
        // A tombstone, not a deletion: the key keeps its revision so that it only grows.
        const known = revs.get(id) ?? 0;
        let rev = 0;
        await storageOrThrow().update(assessmentKey(id), (stored) => {
          const read = stored === undefined ? null : readRecord(stored);
          if (read?.kind === 'corrupt' || read?.kind === 'newer') return undefined;
          rev = Math.max(known, storedRev(stored)) + 1;
          return makeTombstone(rev, deps.now());
        });
        removed.delete(id);
        base.delete(id);
        if (rev > 0) revs.set(id, rev);
        post({ type: 'removed', id, rev });
      } catch (error) {
        failure = error;
      }
    }
    for (const id of [...dirty]) {
      try {
        await writeOne(id);
      } catch (error) {
        failure = error;
      }
    }
    const wasFailed = get().save.state === 'failed';
    if (failure !== null) {
      set((s) => ({
        save: {
          state: 'failed',
          message: `Your latest changes could not be saved on this device (${describeError(failure)}). They are still on this page: download your data to keep a copy. Saving will carry on by itself when the browser allows it.`,
          since: s.save.since ?? deps.now().toISOString(),
        },
        unsaved: [...new Set([...dirty, ...removed])],
      }));
      startRetry();
      return;
    }
    set({ save: { state: 'saved', message: null, since: null }, unsaved: [] });
    if (get().storageReadable) stopRetry();
    else if (wasFailed) await tryReadAgain();
    if (!persistenceAsked) {
      persistenceAsked = true;
      void deps.persistence.request().then(
        (p) => set({ persistence: p }),
        () => undefined,
      );
    }
  }

  async function writeOne(id: string): Promise<void> {
    const ours = get().assessments[id];
    const key = assessmentKey(id);
    if (!ours) {
      dirty.delete(id);
      return;
    }
    if (blocked.has(key))
      throw new Error(
        'a newer or unreadable copy is stored under this id and will not be overwritten',
      );
    const knownRev = revs.get(id) ?? 0;
    const lastExportedAt = get().meta[id]?.lastExportedAt ?? null;
    let written: StoredRecord | null = null;
    let merged: ElsewhereNotice['kind'] | null = null;
    let refused: string | null = null;
    await storageOrThrow().update(key, (stored) => {
      if (stored === undefined) {
        written = makeRecord(ours, knownRev + 1, lastExportedAt, deps.now());
        return written;
      }
      const read = readRecord(stored);
      if (read.kind === 'deleted') {
        // Deleted here and put back (undo), or deleted in a tab whose message never came: the
        // copy here is written, after the deletion, and the user is told it was kept.
        if (read.rev > knownRev && base.has(id)) merged = 'kept';
        written = makeRecord(ours, Math.max(knownRev, read.rev) + 1, lastExportedAt, deps.now());
        return written;
      }
      if (read.kind !== 'ok') {
        refused = read.message;
        return undefined;
      }
      const theirs = read.record;
      if (theirs.rev <= knownRev) {
        written = makeRecord(
          ours,
          knownRev + 1,
          lastExportedAt ?? theirs.lastExportedAt,
          deps.now(),
        );
        return written;
      }
      const common = base.get(id);
      // With no copy both started from, nothing either holds may be dropped.
      merged = common ? 'merged' : 'combined';
      written = makeRecord(
        common
          ? mergeAssessment(common, theirs.assessment, ours)
          : mergeWithoutBase(theirs.assessment, ours),
        theirs.rev + 1,
        latest(lastExportedAt, theirs.lastExportedAt),
        deps.now(),
      );
      return written;
    });
    if (refused !== null) {
      blocked.add(key);
      throw new Error(
        `another copy of this assessment, ${refused}, is stored and will not be overwritten`,
      );
    }
    const record = written as StoredRecord | null;
    const notice = merged as ElsewhereNotice['kind'] | null;
    if (!record) return;
    base.set(id, record.assessment);
    revs.set(id, record.rev);
    setMeta(id, record);
    if (pendingStored.has(id)) dropPending(id);
    const now = get().assessments[id];
    if (now === ours) {
      dirty.delete(id);
      if (notice) {
        set((s) => ({ assessments: { ...s.assessments, [id]: record.assessment } }));
        notify({ id, organisation: record.assessment.about.organisation, kind: notice });
      }
    } else if (now) {
      // Changed again while writing: keep the newer edits, take in the other tab's, write again.
      if (notice) {
        set((s) => ({
          assessments: { ...s.assessments, [id]: mergeAssessment(ours, record.assessment, now) },
        }));
        notify({ id, organisation: record.assessment.about.organisation, kind: notice });
      }
      again = true;
    }
    post({ type: 'saved', id, rev: record.rev });
  }

  /** Another tab saved or removed an assessment: take its copy in, merging with edits not yet saved here. */
  async function onTabMessage(data: unknown): Promise<void> {
    if (typeof data !== 'object' || data === null) return;
    const message = data as Partial<TabMessage>;
    if (typeof message.id !== 'string') return;
    const id = message.id;
    if (message.type === 'removed') {
      if (typeof message.rev === 'number') {
        if (message.rev <= (revs.get(id) ?? 0)) return;
        revs.set(id, message.rev);
      }
      takeRemoval(id);
      return;
    }
    if (message.type !== 'saved' || typeof message.rev !== 'number') return;
    if (message.rev <= (revs.get(id) ?? 0)) return;
    let raw: unknown;
    try {
      raw = await storageOrThrow().get(assessmentKey(id));
    } catch {
      return; // storage trouble is reported by our own writes
    }
    takeStored(id, raw);
  }

  function takeRemoval(id: string): void {
    const current = get().assessments[id];
    if (!current) return;
    if (dirty.has(id)) {
      // Edited here since: keep it (it is written back) and say so, rather than lose the edits.
      base.delete(id);
      notify({ id, organisation: current.about.organisation, kind: 'kept' });
      scheduleFlush();
      return;
    }
    base.delete(id);
    set((s) => {
      const { [id]: _gone, ...rest } = s.assessments;
      return { assessments: rest };
    });
    notify({ id, organisation: current.about.organisation, kind: 'removed' });
  }

  function takeStored(id: string, raw: unknown): void {
    const key = assessmentKey(id);
    if (raw === undefined) {
      if (revs.has(id)) takeRemoval(id);
      return;
    }
    const read = readRecord(raw);
    if (read.kind === 'deleted') {
      if (read.rev <= (revs.get(id) ?? 0)) return;
      revs.set(id, read.rev);
      takeRemoval(id);
      return;
    }
    if (read.kind !== 'ok') {
      if (!blocked.has(key)) {
        blocked.add(key);
        set((s) => ({
          problems: [...s.problems, { key, kind: read.kind, message: read.message, raw }],
        }));
      }
      return;
    }
    const theirs = read.record;
    if (theirs.rev <= (revs.get(id) ?? 0)) return;
    const mine = get().assessments[id];
    const common = base.get(id);
    base.set(id, theirs.assessment);
    revs.set(id, theirs.rev);
    setMeta(id, theirs);
    if (mine && dirty.has(id)) {
      set((s) => ({
        assessments: {
          ...s.assessments,
          [id]: common
            ? mergeAssessment(common, theirs.assessment, mine)
            : mergeWithoutBase(theirs.assessment, mine),
        },
      }));
      notify({
        id,
        organisation: theirs.assessment.about.organisation,
        kind: common ? 'merged' : 'combined',
      });
      scheduleFlush();
      return;
    }
    set((s) => ({ assessments: { ...s.assessments, [id]: theirs.assessment } }));
    if (mine && !same(mine, theirs.assessment))
      notify({ id, organisation: theirs.assessment.about.organisation, kind: 'updated' });
  }

  /** Read everything again (a tab coming back into view may have missed messages). False if it could not. */
  async function reconcile(): Promise<boolean> {
    let entries: [string, unknown][];
    try {
      entries = await storageOrThrow().entries();
    } catch {
      return false;
    }
    const seen = new Set<string>();
    for (const [key, raw] of entries) {
      const id = idFromAssessmentKey(key);
      if (id === null) continue;
      seen.add(id);
      takeStored(id, raw);
    }
    for (const id of Object.keys(get().assessments)) {
      if (!seen.has(id) && revs.has(id) && !removed.has(id)) takeRemoval(id);
    }
    return true;
  }

  function startRetry(): void {
    if (retryTimer !== null || deps.retryMs <= 0) return;
    retryTimer = setInterval(() => {
      if (dirty.size > 0 || removed.size > 0) scheduleFlush();
      else if (!get().storageReadable) void tryReadAgain();
      else stopRetry();
    }, deps.retryMs);
  }

  /** The library was unknown: once it can be listed, load what it holds beside what is here. */
  async function tryReadAgain(): Promise<void> {
    if (!(await reconcile())) return;
    set({ storageReadable: true });
    if (dirty.size === 0 && removed.size === 0) {
      stopRetry();
      if (get().save.state === 'failed')
        set({ save: { state: 'saved', message: null, since: null } });
    }
  }

  /**
   * Read these assessments' stored copies one by one (single reads work when listing does not), so
   * that an import into an unknown library sees an existing record as a conflict.
   */
  async function lookup(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (get().assessments[id] || blocked.has(assessmentKey(id))) continue;
      try {
        takeStored(id, await storageOrThrow().get(assessmentKey(id)));
      } catch {
        // Still unknown: writing it merges with whatever is stored, never dropping either copy.
      }
    }
  }

  function stopRetry(): void {
    if (retryTimer !== null) clearInterval(retryTimer);
    retryTimer = null;
  }

  // ---- the API that pages use ----

  function updateAssessment(id: string, recipe: (a: Assessment) => Assessment): void {
    const current = get().assessments[id];
    if (!current) return;
    const next = recipe(current);
    if (next === current || same(next, current)) return;
    const stamped = { ...next, id, updatedAt: deps.now().toISOString() };
    set((s) => ({ assessments: { ...s.assessments, [id]: stamped } }));
    changed(id);
  }

  /** Add (or replace) assessments; one whose id is held by unreadable saved data gets a new id. Returns the ids used. */
  function addAssessments(list: Assessment[]): string[] {
    const ids: string[] = [];
    const added: Record<string, Assessment> = {};
    for (const a of list) {
      const id = blocked.has(assessmentKey(a.id)) ? deps.newId() : a.id;
      added[id] = { ...a, id };
      removed.delete(id);
      dirty.add(id);
      ids.push(id);
    }
    set((s) => ({ assessments: { ...s.assessments, ...added } }));
    ids.forEach(changed);
    return ids;
  }

  /** Remove an assessment; returns it so that the caller can offer an undo (addAssessments). */
  function removeAssessment(id: string): Assessment | undefined {
    const current = get().assessments[id];
    if (!current) return undefined;
    dirty.delete(id);
    removed.add(id);
    set((s) => {
      const { [id]: _gone, ...rest } = s.assessments;
      return { assessments: rest, elsewhere: s.elsewhere.filter((n) => n.id !== id) };
    });
    scheduleFlush();
    return current;
  }

  /** Record that this device's copy was exported (shown on the saved assessments page). */
  function markExported(id: string, at: Date = deps.now()): void {
    if (!get().assessments[id]) return;
    set((s) => ({
      meta: {
        ...s.meta,
        [id]: { savedAt: s.meta[id]?.savedAt ?? null, lastExportedAt: at.toISOString() },
      },
    }));
    changed(id);
  }

  /** The user chose to delete saved data that could not be read. */
  async function discardProblem(key: string): Promise<void> {
    // A tombstone above whatever revision the unreadable record had, so revisions keep growing.
    await storageOrThrow().update(key, (stored) =>
      makeTombstone(storedRev(stored) + 1, deps.now()),
    );
    blocked.delete(key);
    set((s) => ({ problems: s.problems.filter((p) => p.key !== key) }));
  }

  function dismissNotices(): void {
    set({ elsewhere: [] });
  }

  function dispose(): void {
    stopRetry();
    if (channel) {
      channel.onmessage = null;
      channel.close();
    }
    channel = null;
  }

  return {
    useStore,
    init,
    flush,
    reconcile,
    lookup,
    saveNow,
    resume,
    updateAssessment,
    addAssessments,
    removeAssessment,
    markExported,
    discardProblem,
    dismissNotices,
    dispose,
  };
}

const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));

export type Library = ReturnType<typeof createLibrary>;
