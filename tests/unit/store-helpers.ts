import {
  createLibrary,
  type Persistence,
  type TabChannel,
  type TabMessage,
} from '../../src/store/library-engine';
import { memoryStorage, type LibraryStorage } from '../../src/store/storage-adapter';

/** Storage that fails every write while `failing` is true, like a full disk or a blocked browser. */
export function failingStorage(inner: LibraryStorage = memoryStorage()) {
  const state = { failing: true, writes: 0 };
  const fail = () =>
    Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  const storage: LibraryStorage = {
    entries: () => inner.entries(),
    get: (key) => inner.get(key),
    update: (key, change) => {
      if (state.failing) return fail();
      state.writes += 1;
      return inner.update(key, change);
    },
    remove: (key) => (state.failing ? fail() : inner.remove(key)),
  };
  return { storage, state };
}

/** Storage that cannot even be opened (as in some private windows). */
export function unreadableStorage(): LibraryStorage & {
  broken: boolean;
  inner: ReturnType<typeof memoryStorage>;
} {
  const inner = memoryStorage();
  const s = {
    broken: true,
    inner,
    entries: () =>
      s.broken ? Promise.reject(new Error('IndexedDB is not available')) : inner.entries(),
    get: (key: string) =>
      s.broken ? Promise.reject(new Error('IndexedDB is not available')) : inner.get(key),
    update: (key: string, change: (v: unknown) => unknown) =>
      s.broken
        ? Promise.reject(new Error('IndexedDB is not available'))
        : inner.update(key, change),
    remove: (key: string) =>
      s.broken ? Promise.reject(new Error('IndexedDB is not available')) : inner.remove(key),
  };
  return s;
}

/** A BroadcastChannel stand-in: messages reach every other channel on the hub, later (as in browsers). */
export function channelHub() {
  const channels = new Set<TabChannel>();
  const make = (): TabChannel => {
    const ch: TabChannel = {
      onmessage: null,
      postMessage(message: TabMessage) {
        for (const other of channels) {
          if (other !== ch)
            setTimeout(() => other.onmessage?.({ data: structuredClone(message) }), 0);
        }
      },
      close() {
        channels.delete(ch);
      },
    };
    channels.add(ch);
    return ch;
  };
  return { make };
}

let counter = 0;

export function makeLibrary(
  storage: LibraryStorage,
  options: { channel?: () => TabChannel | null; retryMs?: number; now?: () => Date } = {},
) {
  const persistence = { checks: 0, requests: 0 };
  const lib = createLibrary({
    storage: () => storage,
    channel: options.channel ?? (() => null),
    now: options.now ?? (() => new Date('2026-11-22T10:00:00.000Z')),
    newId: () => `new-${(counter += 1)}`,
    retryMs: options.retryMs ?? 0,
    persistence: {
      check: async (): Promise<Persistence> => {
        persistence.checks += 1;
        return 'best-effort';
      },
      request: async (): Promise<Persistence> => {
        persistence.requests += 1;
        return 'persisted';
      },
    },
  });
  return Object.assign(lib, { persistence });
}

export const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
