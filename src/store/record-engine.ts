import { createLedger } from './engine-ledger';
import { makeReader } from './engine-read';
import { makeRetry } from './engine-retry';
import { makeTabSync } from './engine-sync';
import type { EngineDeps, RecordCodec } from './engine-types';
import { makeWriter } from './engine-write';

/**
 * The persistence engine, put together from its pieces around the storage adapter: reading
 * (engine-read), writing (engine-write), tab sync (engine-sync) and retry (engine-retry), over a
 * ledger they share (engine-ledger). The assessment library and the workshop store are both built
 * on it, so both get the same guarantees: every change written as it is made in one transaction,
 * revisions that only grow, merges instead of overwrites, unreadable data kept, retry, and a
 * blind copy written as the page goes away.
 */
export function createRecordEngine<T, K extends string>(
  codec: RecordCodec<T>,
  itemsKey: K,
  deps: EngineDeps,
) {
  const l = createLedger(codec, itemsKey, deps);
  const reader = makeReader(l);
  const writer = makeWriter(l);
  const sync = makeTabSync(l, reader);
  const retry = makeRetry(l, reader);
  Object.assign(l.calls, {
    flush: writer.flush,
    post: sync.post,
    startRetry: retry.start,
    stopRetry: retry.stop,
    tryReadAgain: retry.tryReadAgain,
    dropPending: writer.dropPending,
  });

  async function init(): Promise<void> {
    sync.open();
    await reader.init();
    if (l.get().storageReadable)
      void deps.persistence.check().then(
        (p) => l.set({ persistence: p }),
        () => undefined,
      );
  }

  function update(id: string, recipe: (value: T) => T): void {
    const current = l.items()[id];
    if (current === undefined) return;
    const next = recipe(current);
    if (next === current || codec.same(next, current)) return;
    const stamped = codec.stamp(next, id, deps.now());
    l.setItems((items) => ({ ...items, [id]: stamped }));
    writer.changed(id);
  }

  /** Add (or replace) items; one whose id is held by unreadable saved data gets a new id. Returns the ids used. */
  function add(list: readonly T[]): string[] {
    const ids: string[] = [];
    const added: Record<string, T> = {};
    for (const value of list) {
      const wanted = codec.idOf(value);
      const id = l.blocked.has(l.key(wanted)) ? deps.newId() : wanted;
      added[id] = codec.withId(value, id);
      l.removed.delete(id);
      ids.push(id);
    }
    l.setItems((items) => ({ ...items, ...added }));
    ids.forEach(writer.changed);
    return ids;
  }

  /** Remove an item; returns it so that the caller can offer an undo (add). */
  function remove(id: string): T | undefined {
    const current = l.items()[id];
    if (current === undefined) return undefined;
    l.dirty.delete(id);
    l.removed.add(id);
    l.setItems(({ [id]: _gone, ...rest }) => rest);
    l.set({ elsewhere: l.get().elsewhere.filter((n) => n.id !== id) });
    void writer.flush();
    return current;
  }

  /** Record that this device's copy was exported (shown beside it). */
  function markExported(id: string, at: Date = deps.now()): void {
    if (l.items()[id] === undefined) return;
    l.setMeta(id, { savedAt: l.get().meta[id]?.savedAt ?? null, lastExportedAt: at.toISOString() });
    writer.changed(id);
  }

  /** The user chose to delete saved data that could not be read. */
  async function discardProblem(key: string): Promise<void> {
    // A tombstone above whatever revision the unreadable record had, so revisions keep growing.
    await l.storage().update(key, (stored) => codec.tombstone(revisionOf(stored) + 1, deps.now()));
    l.blocked.delete(key);
    l.set({ problems: l.get().problems.filter((p) => p.key !== key) });
  }

  /**
   * Apply the full rules to every item held (and, from now on, to every record read): one they
   * refuse is taken off the pages and reported as unreadable, its stored copy kept for download
   * and never written over. Items changed in this tab are left to their next write.
   */
  async function enforce(check: (value: T) => string | null): Promise<void> {
    l.strict = check;
    for (const [id, value] of Object.entries(l.items())) {
      const message = check(value);
      if (message === null || l.dirty.has(id)) continue;
      let raw: unknown = value;
      try {
        raw = await l.storage().get(l.key(id));
      } catch {
        // The copy in memory is what the user gets to download.
      }
      const key = l.key(id);
      l.blocked.add(key);
      l.setItems(({ [id]: _gone, ...rest }) => rest);
      l.set({ problems: [...l.get().problems, { key, kind: 'corrupt', message, raw }] });
    }
  }

  function dispose(): void {
    retry.stop();
    sync.close();
  }

  return {
    useStore: l.useStore,
    init,
    flush: writer.flush,
    reconcile: reader.reconcile,
    lookup: reader.lookup,
    saveNow: writer.saveNow,
    resume: writer.resume,
    update,
    add,
    remove,
    markExported,
    discardProblem,
    enforce,
    dismissNotices: () => l.set({ elsewhere: [] }),
    dispose,
  };
}

/** The revision stored under a key, whatever it holds (0 when nothing or nothing readable). */
function revisionOf(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  const rev = (raw as { rev?: unknown }).rev;
  return typeof rev === 'number' && Number.isFinite(rev) ? rev : 0;
}
