import { create } from 'zustand';
import type {
  ElsewhereNotice,
  EngineDeps,
  EngineFlags,
  EngineState,
  RecordCodec,
  TabMessage,
} from './engine-types';
import type { LibraryStorage } from './storage-adapter';

/**
 * What every piece of the engine shares: the zustand store the pages read, and the bookkeeping
 * of this tab's copy against storage. The pieces (engine-read, engine-write, engine-sync,
 * engine-retry) each take the ledger and call one another only through `calls`.
 */
export function createLedger<T, K extends string>(
  codec: RecordCodec<T>,
  itemsKey: K,
  deps: EngineDeps,
) {
  const flags = (): EngineFlags => ({
    ready: false,
    meta: {},
    save: { state: 'saved', message: null, since: null },
    unsaved: [],
    storageReadable: true,
    problems: [],
    elsewhere: [],
    persistence: 'unknown',
  });
  const useStore = create<EngineState<T, K>>()(
    () => ({ ...flags(), [itemsKey]: {} }) as EngineState<T, K>,
  );
  const get = useStore.getState;
  const set = (partial: Partial<EngineFlags>) => useStore.setState(partial as EngineState<T, K>);

  let storage: LibraryStorage | null = null;

  const ledger = {
    codec,
    deps,
    useStore,
    get,
    set,
    /** Storage, opened on first use (opening can throw: callers are inside a try). */
    storage: (): LibraryStorage => (storage ??= deps.storage()),
    items: (): Record<string, T> => get()[itemsKey] as Record<string, T>,
    setItems: (change: (items: Record<string, T>) => Record<string, T>) =>
      useStore.setState(
        (s) => ({ [itemsKey]: change(s[itemsKey] as Record<string, T>) }) as EngineState<T, K>,
      ),
    key: (id: string) => `${codec.prefix}${id}`,
    pendingKey: (id: string) => `${codec.pendingPrefix}${id}`,
    idOf: (key: string) => (key.startsWith(codec.prefix) ? key.slice(codec.prefix.length) : null),
    pendingIdOf: (key: string) =>
      key.startsWith(codec.pendingPrefix) ? key.slice(codec.pendingPrefix.length) : null,
    // The stored copy this tab last read or wrote, and its revision: the base of a merge.
    base: new Map<string, T>(),
    revs: new Map<string, number>(),
    /** Changed here, not yet written. */
    dirty: new Set<string>(),
    /** Deleted here, tombstone not yet written. */
    removed: new Set<string>(),
    /** Keys holding data this version cannot read: never written to. */
    blocked: new Set<string>(),
    /** Items with a copy written on pagehide still in storage. */
    pendingStored: new Set<string>(),
    /**
     * The full rules (loaded after start-up, outside the start page's budget): a record they
     * refuse is reported and kept, never used or written over. Null until loaded.
     */
    strict: null as ((value: T) => string | null) | null,
    setMeta(id: string, meta: { savedAt: string | null; lastExportedAt: string | null }) {
      useStore.setState((s) => ({ meta: { ...s.meta, [id]: meta } }) as EngineState<T, K>);
    },
    notify(notice: ElsewhereNotice) {
      useStore.setState(
        (s) =>
          ({
            elsewhere: [...s.elsewhere.filter((n) => n.id !== notice.id), notice],
          }) as EngineState<T, K>,
      );
    },
    /** The pieces' entry points, filled in when the engine is put together. */
    calls: {
      flush: (): Promise<void> => Promise.resolve(),
      post: (_message: TabMessage): void => undefined,
      startRetry: (): void => undefined,
      stopRetry: (): void => undefined,
      tryReadAgain: (): Promise<void> => Promise.resolve(),
      dropPending: (_id: string): void => undefined,
    },
  };
  return ledger;
}

export type Ledger<T, K extends string = string> = ReturnType<typeof createLedger<T, K>>;
