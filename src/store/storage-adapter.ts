import { createStore, type UseStore } from 'idb-keyval';
import { STORAGE } from './storage-keys';

/**
 * What the library needs from storage. The IndexedDB adapter is the real one; tests pass an
 * in-memory or a failing adapter. Every method may reject: the library store catches them all.
 */
export type LibraryStorage = {
  entries(): Promise<[string, unknown][]>;
  get(key: string): Promise<unknown>;
  /**
   * Read and write one key in a single transaction, so another tab cannot write in between.
   * `change` gets the stored value and returns the value to store, or `undefined` to leave it.
   * Resolves to what is stored afterwards.
   */
  update(key: string, change: (stored: unknown) => unknown): Promise<unknown>;
  remove(key: string): Promise<void>;
  /**
   * Write without reading first, issuing the request before returning, for a page that is going
   * away (`pagehide`) and will not live to see a reply. Never throws; failures are lost with the page.
   */
  putNow?(key: string, value: unknown): void;
};

const requestDone = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

const transactionDone = (tx: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });

/** The library's database, or (for workshops) another one: `open` is called on first use. */
export function indexedDbStorage(
  open: () => UseStore = () => createStore(STORAGE.idbDatabase, STORAGE.idbStore),
): LibraryStorage {
  let store: UseStore | null = null;
  // Opened on first use, inside a try, so a browser that blocks IndexedDB gives a rejected
  // promise (reported as "not saved") rather than an exception at start-up.
  const withStore: UseStore = (mode, callback) => {
    store ??= open();
    return store(mode, callback);
  };
  return {
    entries: () =>
      withStore('readonly', async (s) => {
        const [keys, values] = await Promise.all([
          requestDone(s.getAllKeys()),
          requestDone(s.getAll()),
        ]);
        return keys.map((k, i): [string, unknown] => [String(k), values[i]]);
      }),
    get: (key) => withStore('readonly', (s) => requestDone(s.get(key))),
    update: (key, change) =>
      withStore(
        'readwrite',
        (s) =>
          new Promise((resolve, reject) => {
            const read = s.get(key);
            read.onerror = () => reject(read.error ?? new Error('IndexedDB read failed'));
            read.onsuccess = () => {
              try {
                const next = change(read.result);
                const after = next === undefined ? read.result : next;
                if (next !== undefined) s.put(next, key);
                transactionDone(s.transaction).then(() => resolve(after), reject);
              } catch (error) {
                reject(error);
              }
            };
          }),
      ),
    remove: (key) =>
      withStore('readwrite', (s) => {
        s.delete(key);
        return transactionDone(s.transaction);
      }),
    putNow: (key, value) => {
      // The database is open by now, so this runs in a microtask of the pagehide task; commit()
      // sends the transaction at once rather than when the page's task ends.
      withStore('readwrite', (s) => {
        s.put(value, key);
        s.transaction.commit?.();
        return transactionDone(s.transaction);
      }).catch(() => undefined);
    },
  };
}

/** Storage in memory: for tests, and the model of what IndexedDB does (values are cloned). */
export function memoryStorage(
  initial: Record<string, unknown> = {},
): LibraryStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(
    Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]),
  );
  return {
    data,
    entries: async () =>
      [...data.entries()].map(([k, v]): [string, unknown] => [k, structuredClone(v)]),
    get: async (key) => structuredClone(data.get(key)),
    update: async (key, change) => {
      const next = change(structuredClone(data.get(key)));
      if (next !== undefined) data.set(key, structuredClone(next));
      return structuredClone(data.get(key));
    },
    remove: async (key) => {
      data.delete(key);
    },
    putNow: (key, value) => {
      data.set(key, structuredClone(value));
    },
  };
}
