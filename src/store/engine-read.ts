import type { Ledger } from './engine-ledger';
import { describeError, type EngineFlags, type StoredProblem } from './engine-types';

/**
 * Reading: the whole store at start-up, one key when another tab says it wrote it, everything
 * again when a tab comes back into view, and single keys before an import when listing fails.
 * Whatever is read is merged with this tab's unsaved changes, never written over them.
 */
export function makeReader<T>(l: Ledger<T>) {
  const { codec } = l;

  async function init(): Promise<void> {
    let entries: [string, unknown][];
    try {
      entries = await l.storage().entries();
    } catch (error) {
      // Listing can fail while single reads and writes work: the store is then unknown, and
      // "not saved" is shown only if a single read fails too (or, later, a write).
      let readable = true;
      try {
        await l.storage().get(l.key(''));
      } catch {
        readable = false;
      }
      l.set({
        ready: true,
        storageReadable: false,
        save: readable
          ? { state: 'saved', message: null, since: null }
          : {
              state: 'failed',
              message: `This browser is not letting the tool read or save data (${describeError(error)}). You can still work, but download your data before you close this tab.`,
              since: l.deps.now().toISOString(),
            },
      });
      l.calls.startRetry();
      return;
    }
    const items: Record<string, T> = {};
    const meta: EngineFlags['meta'] = {};
    const problems: StoredProblem[] = [];
    const pending: [string, unknown][] = [];
    for (const [key, raw] of entries) {
      const pendingId = l.pendingIdOf(key);
      if (pendingId !== null) pending.push([pendingId, raw]);
      const id = l.idOf(key);
      if (id === null) continue; // not ours to judge: left alone
      const read = codec.read(raw);
      if (read.kind === 'deleted') {
        l.revs.set(id, read.rev);
        continue;
      }
      if (read.kind !== 'ok') {
        problems.push({ key, kind: read.kind, message: read.message, raw });
        l.blocked.add(key);
        continue;
      }
      items[id] = read.value;
      meta[id] = { lastExportedAt: read.lastExportedAt, savedAt: read.savedAt };
      l.base.set(id, read.value);
      l.revs.set(id, read.rev);
    }
    for (const [id, raw] of pending) takePending(id, raw, items);
    l.setItems(() => items);
    l.set({ ready: true, meta, problems, storageReadable: true });
    if (l.dirty.size > 0) void l.calls.flush();
  }

  /**
   * A copy written as the page went away last time: taken in as this tab's unsaved edit, based on
   * the revision it was made from, so the normal write merges it with anything stored since.
   */
  function takePending(id: string, raw: unknown, into: Record<string, T>): void {
    const p = codec.readPending(raw);
    if (!p || l.blocked.has(l.key(id))) return;
    l.pendingStored.add(id);
    const stored = into[id];
    if (stored !== undefined && codec.same(stored, p.value)) {
      l.calls.dropPending(id);
      return;
    }
    into[id] = p.value;
    if (p.base) l.base.set(id, p.base);
    else l.base.delete(id);
    l.revs.set(id, p.baseRev);
    l.dirty.add(id);
  }

  function takeRemoval(id: string): void {
    const current = l.items()[id];
    if (current === undefined) return;
    if (l.dirty.has(id)) {
      // Edited here since: keep it (it is written back) and say so, rather than lose the edits.
      l.base.delete(id);
      l.notify({ id, organisation: codec.label(current), kind: 'kept' });
      void l.calls.flush();
      return;
    }
    l.base.delete(id);
    l.setItems(({ [id]: _gone, ...rest }) => rest);
    l.notify({ id, organisation: codec.label(current), kind: 'removed' });
  }

  /** Take in what is stored under one key, merging it with unsaved changes here. */
  function takeStored(id: string, raw: unknown): void {
    const key = l.key(id);
    if (raw === undefined) {
      if (l.revs.has(id)) takeRemoval(id);
      return;
    }
    const read = codec.read(raw);
    if (read.kind === 'deleted') {
      if (read.rev <= (l.revs.get(id) ?? 0)) return;
      l.revs.set(id, read.rev);
      takeRemoval(id);
      return;
    }
    const refused = read.kind === 'ok' ? (l.strict?.(read.value) ?? null) : null;
    if (read.kind !== 'ok' || refused !== null) {
      if (!l.blocked.has(key)) {
        l.blocked.add(key);
        const problem =
          read.kind === 'ok'
            ? { key, kind: 'corrupt' as const, message: refused ?? '', raw }
            : { key, kind: read.kind, message: read.message, raw };
        l.set({ problems: [...l.get().problems, problem] });
      }
      return;
    }
    if (read.rev <= (l.revs.get(id) ?? 0)) return;
    const mine = l.items()[id];
    const common = l.base.get(id);
    l.base.set(id, read.value);
    l.revs.set(id, read.rev);
    l.setMeta(id, { lastExportedAt: read.lastExportedAt, savedAt: read.savedAt });
    if (mine !== undefined && l.dirty.has(id)) {
      const merged = common
        ? codec.merge(common, read.value, mine)
        : codec.mergeWithoutBase(read.value, mine);
      l.setItems((items) => ({ ...items, [id]: merged }));
      l.notify({ id, organisation: codec.label(read.value), kind: common ? 'merged' : 'combined' });
      void l.calls.flush();
      return;
    }
    l.setItems((items) => ({ ...items, [id]: read.value }));
    if (mine !== undefined && !codec.same(mine, read.value))
      l.notify({ id, organisation: codec.label(read.value), kind: 'updated' });
  }

  /** Read everything again (a tab coming back into view may have missed messages). False if it could not. */
  async function reconcile(): Promise<boolean> {
    let entries: [string, unknown][];
    try {
      entries = await l.storage().entries();
    } catch {
      return false;
    }
    const seen = new Set<string>();
    for (const [key, raw] of entries) {
      const id = l.idOf(key);
      if (id === null) continue;
      seen.add(id);
      takeStored(id, raw);
    }
    for (const id of Object.keys(l.items())) {
      if (!seen.has(id) && l.revs.has(id) && !l.removed.has(id)) takeRemoval(id);
    }
    return true;
  }

  /**
   * Read these items' stored copies one by one (single reads work when listing does not), so that
   * an import into an unknown store sees an existing record as a conflict.
   */
  async function lookup(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (l.items()[id] !== undefined || l.blocked.has(l.key(id))) continue;
      try {
        takeStored(id, await l.storage().get(l.key(id)));
      } catch {
        // Still unknown: writing it merges with whatever is stored, never dropping either copy.
      }
    }
  }

  return { init, takeStored, takeRemoval, reconcile, lookup };
}

export type Reader = ReturnType<typeof makeReader>;
