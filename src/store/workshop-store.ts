import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';
import type { Assessment } from '../domain/assessment-schema';
import type { Workshop } from '../domain/workshop';
import type { LibraryStorage } from './storage-adapter';

/**
 * Workshops live in their own IndexedDB database, not beside the assessment library: a workshop
 * can hold hundreds of other councils' assessments, and the library reads every record of its
 * store at start-up. These keys belong with the registry in storage-keys.ts (owned by the journey
 * helper); they are kept here so that file has one owner.
 */
export const WORKSHOP_STORAGE = {
  idbDatabase: 'big-society-readiness-workshops',
  idbStore: 'workshops',
  /** One record per workshop: `workshop:<id>`. */
  workshopPrefix: 'workshop:',
} as const;

export const WORKSHOP_RECORD_VERSION = 1;
export type WorkshopRecord = { version: typeof WORKSHOP_RECORD_VERSION; workshop: Workshop };

export const workshopKey = (id: string) => `${WORKSHOP_STORAGE.workshopPrefix}${id}`;

/**
 * The same adapter shape as the library's, over the workshop database. `update` reads then writes in
 * two steps: a workshop is edited by one facilitator in one tab, so the library's cross-tab
 * transaction is not needed here.
 */
export function workshopIndexedDbStorage(): LibraryStorage {
  let store: UseStore | null = null;
  // Opened on first use so that a browser that blocks IndexedDB gives a rejected promise, not a crash.
  const s = () => (store ??= createStore(WORKSHOP_STORAGE.idbDatabase, WORKSHOP_STORAGE.idbStore));
  return {
    entries: async () => (await entries(s())).map(([k, v]): [string, unknown] => [String(k), v]),
    get: (key) => get(key, s()),
    update: async (key, change) => {
      const next = change(await get(key, s()));
      if (next !== undefined) await set(key, next, s());
      return next === undefined ? get(key, s()) : next;
    },
    remove: (key) => del(key, s()),
  };
}

export type WorkshopSummary = {
  id: string;
  name: string;
  date: string;
  participants: number;
  updatedAt: string;
};
export type WorkshopProblem = { key: string; message: string; raw: unknown };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function looksLikeAssessment(v: unknown): v is Assessment {
  if (!isRecord(v) || typeof v.id !== 'string' || !isRecord(v.about) || !isRecord(v.answers))
    return false;
  return (
    typeof v.about.organisation === 'string' &&
    typeof v.about.role === 'string' &&
    typeof v.about.date === 'string'
  );
}

/** Parse-then-restore for a stored workshop: a record that does not fit is reported, never used or overwritten. */
export function readWorkshopRecord(
  raw: unknown,
): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  if (!isRecord(raw)) return { ok: false, message: 'the saved workshop is not an object' };
  if (typeof raw.version !== 'number')
    return { ok: false, message: 'the saved workshop has no version' };
  if (raw.version > WORKSHOP_RECORD_VERSION) {
    return {
      ok: false,
      message: `saved by a newer version of this tool (stored version ${raw.version}; this version reads up to ${WORKSHOP_RECORD_VERSION})`,
    };
  }
  const w = raw.workshop;
  if (
    !isRecord(w) ||
    typeof w.id !== 'string' ||
    typeof w.name !== 'string' ||
    typeof w.date !== 'string' ||
    typeof w.anonymise !== 'boolean'
  ) {
    return { ok: false, message: 'the saved workshop is missing its name, date or settings' };
  }
  if (!Array.isArray(w.participants) || !w.participants.every(looksLikeAssessment)) {
    return { ok: false, message: 'the saved workshop has an assessment that cannot be read' };
  }
  return { ok: true, workshop: w as unknown as Workshop };
}

export function createWorkshopStore(storage: () => LibraryStorage) {
  let opened: LibraryStorage | null = null;
  const s = () => (opened ??= storage());

  async function list(): Promise<{ workshops: WorkshopSummary[]; problems: WorkshopProblem[] }> {
    const workshops: WorkshopSummary[] = [];
    const problems: WorkshopProblem[] = [];
    for (const [key, raw] of await s().entries()) {
      if (!key.startsWith(WORKSHOP_STORAGE.workshopPrefix)) continue;
      const r = readWorkshopRecord(raw);
      if (!r.ok) problems.push({ key, message: r.message, raw });
      else {
        const w = r.workshop;
        workshops.push({
          id: w.id,
          name: w.name,
          date: w.date,
          participants: w.participants.length,
          updatedAt: w.updatedAt,
        });
      }
    }
    workshops.sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
    return { workshops, problems };
  }

  async function load(
    id: string,
  ): Promise<
    | { kind: 'ok'; workshop: Workshop }
    | { kind: 'missing' }
    | { kind: 'problem'; message: string; raw: unknown }
  > {
    const raw = await s().get(workshopKey(id));
    if (raw === undefined) return { kind: 'missing' };
    const r = readWorkshopRecord(raw);
    return r.ok
      ? { kind: 'ok', workshop: r.workshop }
      : { kind: 'problem', message: r.message, raw };
  }

  /** Write a workshop, unless what is stored under its key cannot be read (that is kept for the user). */
  async function save(w: Workshop): Promise<void> {
    let refused: string | null = null;
    await s().update(workshopKey(w.id), (stored) => {
      if (stored !== undefined) {
        const r = readWorkshopRecord(stored);
        if (!r.ok) {
          refused = r.message;
          return undefined;
        }
      }
      const record: WorkshopRecord = { version: WORKSHOP_RECORD_VERSION, workshop: w };
      return record;
    });
    if (refused !== null)
      throw new Error(
        `The saved copy of this workshop cannot be read (${refused}); it was not overwritten.`,
      );
  }

  const remove = (id: string) => s().remove(workshopKey(id));

  return { list, load, save, remove };
}

export type WorkshopStore = ReturnType<typeof createWorkshopStore>;

/** The workshops of this device. Tests make their own store over the library's `memoryStorage()`. */
export const workshopStore: WorkshopStore = createWorkshopStore(workshopIndexedDbStorage);
