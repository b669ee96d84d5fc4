import type { LibraryStorage } from './storage-adapter';

/**
 * The types shared by the pieces of the persistence engine (engine-*.ts): what a kind of record
 * must say about itself (a codec), the state every store built on the engine exposes, and what
 * the engine needs from the world (storage, tab channel, clock).
 */

/** Saved data that could not be used: kept as it is in storage until the user chooses. */
export type StoredProblem = {
  key: string;
  kind: 'corrupt' | 'newer';
  message: string;
  raw: unknown;
};

/** A change made in another tab or window (or a copy found in storage) that this tab has taken in. */
export type ElsewhereNotice = {
  id: string;
  /** What the user calls the item: an organisation, a workshop's name. */
  organisation: string;
  /** 'combined': a stored copy this tab had never read was found on writing, and both were kept. */
  kind: 'updated' | 'merged' | 'combined' | 'removed' | 'kept';
};

export type Persistence = 'unknown' | 'persisted' | 'best-effort' | 'unsupported';

/** One stored record, read: a value, a deletion (tombstone), or something not to touch. */
export type ReadResult<T> =
  | { kind: 'ok'; value: T; rev: number; savedAt: string; lastExportedAt: string | null }
  | { kind: 'deleted'; rev: number }
  | { kind: 'corrupt' | 'newer'; message: string };

export type PendingRead<T> = {
  baseRev: number;
  base: T | null;
  value: T;
  lastExportedAt: string | null;
};

/** What the engine needs to know about one kind of record (assessments, workshops). */
export type RecordCodec<T> = {
  /** Storage keys: `<prefix><id>` for records, `<pendingPrefix><id>` for copies written on pagehide. */
  prefix: string;
  pendingPrefix: string;
  /** Parse-then-restore (migrations, validation); never throws. */
  read(raw: unknown): ReadResult<T>;
  write(value: T, rev: number, lastExportedAt: string | null, now: Date): unknown;
  tombstone(rev: number, now: Date): unknown;
  pending(
    value: T,
    baseRev: number,
    base: T | null,
    lastExportedAt: string | null,
    now: Date,
  ): unknown;
  readPending(raw: unknown): PendingRead<T> | null;
  /** Three-way merge: each part from whichever side changed it; both changed: ours. */
  merge(base: T, theirs: T, ours: T): T;
  /** Two copies with no known common copy: nothing either holds may be dropped. */
  mergeWithoutBase(theirs: T, ours: T): T;
  same(a: T, b: T): boolean;
  /** The value with this id and `updatedAt` now. */
  stamp(value: T, id: string, now: Date): T;
  idOf(value: T): string;
  withId(value: T, id: string): T;
  label(value: T): string;
};

export type EngineFlags = {
  /** False until storage has been read (the app waits for it). */
  ready: boolean;
  /** Facts about this device's copy of each item, kept beside it in storage. */
  meta: Record<string, { lastExportedAt: string | null; savedAt: string | null }>;
  /** 'failed' while some change could not be written; `unsaved` lists the items affected. */
  save: { state: 'saved' | 'failed'; message: string | null; since: string | null };
  unsaved: string[];
  /**
   * False while the list of saved items could not be read (start-up, or since): the store is then
   * unknown, not empty, and every write merges with whatever is stored under its key.
   */
  storageReadable: boolean;
  problems: StoredProblem[];
  elsewhere: ElsewhereNotice[];
  persistence: Persistence;
};

/** The state of a store built on the engine: its items under their own name, and the flags. */
export type EngineState<T, K extends string> = EngineFlags & { [P in K]: Record<string, T> };

/** What tabs tell each other (BroadcastChannel). */
export type TabMessage =
  { type: 'saved'; id: string; rev: number } | { type: 'removed'; id: string; rev?: number };
export type TabChannel = {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
};

export type EngineDeps = {
  storage: () => LibraryStorage;
  channel: () => TabChannel | null;
  now: () => Date;
  newId: () => string;
  /** How often to try again after a failed write or read. */
  retryMs: number;
  persistence: { check: () => Promise<Persistence>; request: () => Promise<Persistence> };
};

export function describeError(error: unknown): string {
  if (error instanceof Error)
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  return String(error);
}
