import type { Ledger } from './engine-ledger';
import type { Reader } from './engine-read';

/**
 * Retry: while a write has failed, or the store could not be listed, try again on a timer.
 * Writes are also retried on every new change (the writer flushes everything dirty).
 */
export function makeRetry<T>(l: Ledger<T>, reader: Reader) {
  let timer: ReturnType<typeof setInterval> | null = null;

  function start(): void {
    if (timer !== null || l.deps.retryMs <= 0) return;
    timer = setInterval(() => {
      if (l.dirty.size > 0 || l.removed.size > 0) void l.calls.flush();
      else if (!l.get().storageReadable) void tryReadAgain();
      else stop();
    }, l.deps.retryMs);
  }

  function stop(): void {
    if (timer !== null) clearInterval(timer);
    timer = null;
  }

  /** The store was unknown: once it can be listed, load what it holds beside what is here. */
  async function tryReadAgain(): Promise<void> {
    if (!(await reader.reconcile())) return;
    l.set({ storageReadable: true });
    if (l.dirty.size === 0 && l.removed.size === 0) {
      stop();
      if (l.get().save.state === 'failed')
        l.set({ save: { state: 'saved', message: null, since: null } });
    }
  }

  return { start, stop, tryReadAgain };
}
