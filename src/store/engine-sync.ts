import type { Ledger } from './engine-ledger';
import type { Reader } from './engine-read';
import type { TabChannel, TabMessage } from './engine-types';

/**
 * Tab sync: tabs tell each other what they saved or deleted (BroadcastChannel), and the listener
 * takes the other tab's copy in through the reader. A message that never arrives is caught on the
 * next write (the stored revision is higher) or when the tab is next shown (reconcile).
 */
export function makeTabSync<T>(l: Ledger<T>, reader: Reader) {
  let channel: TabChannel | null = null;

  function open(): void {
    // Called once by the app; tests call it again, so let go of an earlier channel first.
    close();
    try {
      channel = l.deps.channel();
      if (channel) channel.onmessage = (event) => void onMessage(event.data);
    } catch {
      channel = null;
    }
  }

  function close(): void {
    if (channel) {
      channel.onmessage = null;
      channel.close();
    }
    channel = null;
  }

  function post(message: TabMessage): void {
    try {
      channel?.postMessage(message);
    } catch {
      // Another tab will still see the change when it is next shown (reconcile on visibility).
    }
  }

  /** Another tab saved or removed an item: take its copy in, merging with edits not yet saved here. */
  async function onMessage(data: unknown): Promise<void> {
    if (typeof data !== 'object' || data === null) return;
    const message = data as Partial<TabMessage>;
    if (typeof message.id !== 'string') return;
    const id = message.id;
    if (message.type === 'removed') {
      if (typeof message.rev === 'number') {
        if (message.rev <= (l.revs.get(id) ?? 0)) return;
        l.revs.set(id, message.rev);
      }
      reader.takeRemoval(id);
      return;
    }
    if (message.type !== 'saved' || typeof message.rev !== 'number') return;
    if (message.rev <= (l.revs.get(id) ?? 0)) return;
    let raw: unknown;
    try {
      raw = await l.storage().get(l.key(id));
    } catch {
      return; // storage trouble is reported by our own writes
    }
    reader.takeStored(id, raw);
  }

  return { open, close, post };
}
