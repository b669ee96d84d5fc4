import type { Ledger } from './engine-ledger';
import { describeError, type ElsewhereNotice } from './engine-types';

/**
 * Writing: every change is written as it is made, one key per transaction that reads the stored
 * copy first. A stored revision above the one this tab knows means another tab wrote since: the
 * two are merged, never overwritten. Deletions leave a tombstone, so revisions only grow for a
 * key. A write that fails is kept in memory, reported, and retried.
 */
export function makeWriter<T>(l: Ledger<T>) {
  const { codec, deps } = l;
  let flushing: Promise<void> | null = null;
  let again = false;
  let persistenceAsked = false;
  // Set while the page is going away: every change is then also written blind (pending copy).
  let hiding = false;

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
    for (const id of [...l.removed]) {
      try {
        await writeRemoval(id);
      } catch (error) {
        failure = error;
      }
    }
    for (const id of [...l.dirty]) {
      try {
        await writeOne(id);
      } catch (error) {
        failure = error;
      }
    }
    const wasFailed = l.get().save.state === 'failed';
    if (failure !== null) {
      l.set({
        save: {
          state: 'failed',
          message: `Your latest changes could not be saved on this device (${describeError(failure)}). They are still on this page: download your data to keep a copy. Saving will carry on by itself when the browser allows it.`,
          since: l.get().save.since ?? deps.now().toISOString(),
        },
        unsaved: [...new Set([...l.dirty, ...l.removed])],
      });
      l.calls.startRetry();
      return;
    }
    l.set({ save: { state: 'saved', message: null, since: null }, unsaved: [] });
    if (l.get().storageReadable) l.calls.stopRetry();
    else if (wasFailed) await l.calls.tryReadAgain();
    if (!persistenceAsked) {
      persistenceAsked = true;
      void deps.persistence.request().then(
        (p) => l.set({ persistence: p }),
        () => undefined,
      );
    }
  }

  /** A tombstone, not a deletion: the key keeps its revision so that it only grows. */
  async function writeRemoval(id: string): Promise<void> {
    const known = l.revs.get(id) ?? 0;
    let rev = 0;
    await l.storage().update(l.key(id), (stored) => {
      const read = stored === undefined ? null : codec.read(stored);
      if (read?.kind === 'corrupt' || read?.kind === 'newer') return undefined;
      rev = Math.max(known, read?.kind === 'ok' || read?.kind === 'deleted' ? read.rev : 0) + 1;
      return codec.tombstone(rev, deps.now());
    });
    l.removed.delete(id);
    l.base.delete(id);
    if (rev > 0) l.revs.set(id, rev);
    l.calls.post({ type: 'removed', id, rev });
  }

  async function writeOne(id: string): Promise<void> {
    const ours = l.items()[id];
    const key = l.key(id);
    if (ours === undefined) {
      l.dirty.delete(id);
      return;
    }
    if (l.blocked.has(key))
      throw new Error(
        'a newer or unreadable copy is stored under this id and will not be overwritten',
      );
    const knownRev = l.revs.get(id) ?? 0;
    const lastExportedAt = l.get().meta[id]?.lastExportedAt ?? null;
    let written: { value: T; rev: number; lastExportedAt: string | null } | null = null;
    let notice: ElsewhereNotice['kind'] | null = null;
    let refused: string | null = null;
    const write = (value: T, rev: number, exported: string | null) => {
      written = { value, rev, lastExportedAt: exported };
      return codec.write(value, rev, exported, deps.now());
    };
    await l.storage().update(key, (stored) => {
      if (stored === undefined) return write(ours, knownRev + 1, lastExportedAt);
      const read = codec.read(stored);
      if (read.kind === 'deleted') {
        // Deleted here and put back (undo), or deleted in a tab whose message never came: the
        // copy here is written after the deletion, and the user is told it was kept.
        if (read.rev > knownRev && l.base.has(id)) notice = 'kept';
        return write(ours, Math.max(knownRev, read.rev) + 1, lastExportedAt);
      }
      if (read.kind !== 'ok') {
        refused = read.message;
        return undefined;
      }
      if (read.rev <= knownRev)
        return write(ours, knownRev + 1, lastExportedAt ?? read.lastExportedAt);
      const common = l.base.get(id);
      // With no copy both started from, nothing either holds may be dropped.
      notice = common ? 'merged' : 'combined';
      const merged = common
        ? codec.merge(common, read.value, ours)
        : codec.mergeWithoutBase(read.value, ours);
      return write(merged, read.rev + 1, latest(lastExportedAt, read.lastExportedAt));
    });
    if (refused !== null) {
      l.blocked.add(key);
      throw new Error(
        `another copy, ${refused}, is stored under this id and will not be overwritten`,
      );
    }
    const done = written as { value: T; rev: number; lastExportedAt: string | null } | null;
    const told = notice as ElsewhereNotice['kind'] | null;
    if (!done) return;
    l.base.set(id, done.value);
    l.revs.set(id, done.rev);
    l.setMeta(id, { lastExportedAt: done.lastExportedAt, savedAt: deps.now().toISOString() });
    if (l.pendingStored.has(id)) dropPending(id);
    const now = l.items()[id];
    if (now === ours) {
      l.dirty.delete(id);
      if (told) {
        l.setItems((items) => ({ ...items, [id]: done.value }));
        l.notify({ id, organisation: codec.label(done.value), kind: told });
      }
    } else if (now !== undefined) {
      // Changed again while writing: keep the newer edits, take in the other tab's, write again.
      if (told) {
        l.setItems((items) => ({ ...items, [id]: codec.merge(ours, done.value, now) }));
        l.notify({ id, organisation: codec.label(done.value), kind: told });
      }
      again = true;
    }
    l.calls.post({ type: 'saved', id, rev: done.rev });
  }

  function dropPending(id: string): void {
    l.storage()
      .remove(l.pendingKey(id))
      .then(
        () => l.pendingStored.delete(id),
        () => undefined,
      );
  }

  /** Write this item's unsaved copy without waiting for a reply: the page is going away. */
  function writePending(id: string): void {
    const value = l.items()[id];
    try {
      const s = l.storage();
      if (value === undefined || !s.putNow || l.blocked.has(l.key(id))) return;
      const exported = l.get().meta[id]?.lastExportedAt ?? null;
      const base = l.base.get(id) ?? null;
      s.putNow(
        l.pendingKey(id),
        codec.pending(value, l.revs.get(id) ?? 0, base, exported, deps.now()),
      );
      l.pendingStored.add(id);
    } catch {
      // The page is going away: nothing more can be done.
    }
  }

  /** The page is going away (pagehide): write every unsaved change now. */
  function saveNow(): void {
    hiding = true;
    for (const id of l.dirty) writePending(id);
  }

  /** The page is back (pageshow after pagehide). */
  function resume(): void {
    hiding = false;
  }

  /** An item was changed here: write it (and, while the page is going away, blind at once too). */
  function changed(id: string): void {
    l.dirty.add(id);
    if (hiding) writePending(id);
    void flush();
  }

  return { flush, changed, saveNow, resume, dropPending };
}

const latest = (a: string | null, b: string | null) => (a && b ? (a > b ? a : b) : (a ?? b));
