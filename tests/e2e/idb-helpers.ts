import type { Page } from '@playwright/test';

/** Read or write one of the app's IndexedDB stores directly, as another program (or a bug) might. */
export async function idb(
  page: Page,
  action: 'get' | 'put' | 'keys',
  key?: string,
  value?: unknown,
  where: { db: string; store: string } = { db: 'big-society-readiness', store: 'library' },
): Promise<unknown> {
  return page.evaluate(
    ({ action, key, value, where }) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open(where.db);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(where.store, action === 'put' ? 'readwrite' : 'readonly');
          const store = tx.objectStore(where.store);
          const request =
            action === 'put'
              ? store.put(value, key)
              : action === 'keys'
                ? store.getAllKeys()
                : store.get(key!);
          let result: unknown;
          request.onsuccess = () => {
            result = request.result;
          };
          tx.oncomplete = () => {
            db.close();
            resolve(result);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { action, key, value, where },
  );
}
