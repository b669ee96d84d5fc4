import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withAnswer } from '../../src/domain/answer-edits';
import type { Assessment } from '../../src/domain/assessment-schema';
import { migrateAssessment } from '../../src/domain/migrations';
import { memoryStorage, type LibraryStorage } from '../../src/store/storage-adapter';
import { assessmentKey } from '../../src/store/storage-keys';
import { makeLibrary } from './store-helpers';

const v1 = JSON.parse(readFileSync('tests/fixtures/storage/record-v1.json', 'utf8')) as Record<
  string,
  unknown
>;
// The record as the library holds it once read: its assessment migrated to the current format.
const migrated = migrateAssessment(v1.assessment as Record<string, unknown>, 1);
if (!migrated.ok) throw new Error('record-v1.json does not migrate');
const stored = migrated.value as unknown as Assessment;
const level = (l: 0 | 1 | 2 | 3 | 4) => ({ response: { kind: 'level' as const, level: l } });
const KEY = assessmentKey('stored-v1');

const libraries: { dispose(): void }[] = [];
function track<T extends { dispose(): void }>(lib: T): T {
  libraries.push(lib);
  return lib;
}
afterEach(() => {
  libraries.splice(0).forEach((l) => l.dispose());
  vi.useRealTimers();
});

/** Storage whose listing (getAll/getAllKeys) fails while single reads and writes work. */
function unlistable(inner = memoryStorage({ [KEY]: v1 })) {
  const state = { listing: false };
  const storage: LibraryStorage = {
    entries: () =>
      state.listing ? inner.entries() : Promise.reject(new DOMException('getAll failed')),
    get: (key) => inner.get(key),
    update: (key, change) => inner.update(key, change),
    remove: (key) => inner.remove(key),
  };
  return { storage, inner, state };
}

/** Every revision written to one key, in order. */
function revisionsOf(storage: ReturnType<typeof memoryStorage>, key: string) {
  const revs: number[] = [];
  const update = storage.update;
  storage.update = async (k, change) => {
    const after = await update(k, change);
    if (k === key) revs.push((after as { rev: number }).rev);
    return after;
  };
  return revs;
}

const storedAssessment = (s: ReturnType<typeof memoryStorage>) =>
  (s.data.get(KEY) as { assessment: Assessment }).assessment;

describe('storage that cannot be listed at start-up', () => {
  it('shows the library as unknown (not empty, not "not saved") while single reads work', async () => {
    const { storage } = unlistable();
    const tab = track(makeLibrary(storage));
    await tab.init();
    expect(tab.useStore.getState()).toMatchObject({
      storageReadable: false,
      save: { state: 'saved' },
      assessments: {},
    });
  });

  it('reads the stored key before an import, so an existing record is a conflict, not new', async () => {
    const { storage } = unlistable();
    const tab = track(makeLibrary(storage));
    await tab.init();
    await tab.lookup(['stored-v1', 'not-there']);
    expect(Object.keys(tab.useStore.getState().assessments)).toEqual(['stored-v1']);
  });

  it('never lets an older copy with fewer answers delete the stored answers, notes or plan', async () => {
    const { storage, inner } = unlistable();
    const tab = track(makeLibrary(storage));
    await tab.init();
    const backup: Assessment = {
      ...stored,
      answers: {
        'accountability.scrutiny': { response: null, notes: '', evidence: '' },
        'centralism.blockages': { response: { kind: 'level', level: 1 }, notes: '', evidence: '' },
      },
      plan: [],
      updatedAt: '2026-05-01T00:00:00.000Z',
    };
    tab.addAssessments([backup]);
    await tab.flush();
    const saved = storedAssessment(inner);
    expect(Object.keys(saved.answers).sort()).toEqual([
      'accountability.scrutiny',
      'capacity.vcs-funding',
      'centralism.blockages',
      'motivation.baseline',
    ]);
    expect(saved.answers['accountability.scrutiny']).toEqual(
      stored.answers['accountability.scrutiny'],
    );
    expect(saved.plan).toEqual(stored.plan);
    expect(tab.useStore.getState().elsewhere).toEqual([
      { id: 'stored-v1', organisation: 'Southbay Unitary Council', kind: 'combined' },
    ]);
  });

  it('loads the whole library once listing works again, keeping what was made meanwhile', async () => {
    vi.useFakeTimers();
    const { storage, state } = unlistable();
    const tab = track(makeLibrary(storage, { retryMs: 1000 }));
    await tab.init();
    tab.addAssessments([{ ...stored, id: 'made-meanwhile' }]);
    await tab.flush();
    expect(tab.useStore.getState().storageReadable).toBe(false);
    state.listing = true;
    await vi.advanceTimersByTimeAsync(1000);
    const s = tab.useStore.getState();
    expect(s.storageReadable).toBe(true);
    expect(Object.keys(s.assessments).sort()).toEqual(['made-meanwhile', 'stored-v1']);
  });
});

describe('revisions only grow for a key', () => {
  it('across delete and undo, so a stale tab that missed every message is detected and merged', async () => {
    const storage = memoryStorage({ [KEY]: v1 });
    const revs = revisionsOf(storage, KEY);
    // No channel: tab B hears nothing of what tab A does.
    const a = track(makeLibrary(storage));
    const b = track(makeLibrary(storage));
    await a.init();
    await b.init();
    const gone = a.removeAssessment('stored-v1');
    await a.flush();
    a.addAssessments([gone!]);
    await a.flush();
    a.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(4)));
    await a.flush();
    b.updateAssessment('stored-v1', (x) => withAnswer(x, 'motivation.explaining', level(1)));
    await b.flush();

    expect(revs).toEqual([5, 6, 7, 8]);
    const saved = storedAssessment(storage);
    expect(saved.answers['capacity.skills']?.response).toEqual({ kind: 'level', level: 4 });
    expect(saved.answers['motivation.explaining']?.response).toEqual({ kind: 'level', level: 1 });
    expect(b.useStore.getState().elsewhere).toEqual([
      { id: 'stored-v1', organisation: 'Southbay Unitary Council', kind: 'merged' },
    ]);
  });

  it('after a reload, an undo of a deletion writes above the deleted revision', async () => {
    const storage = memoryStorage({ [KEY]: v1 });
    const a = track(makeLibrary(storage));
    await a.init();
    const gone = a.removeAssessment('stored-v1');
    await a.flush();
    const reloaded = track(makeLibrary(storage));
    await reloaded.init();
    expect(reloaded.useStore.getState().assessments).toEqual({});
    reloaded.addAssessments([gone!]);
    await reloaded.flush();
    expect(storage.data.get(KEY)).toMatchObject({ rev: 6, assessment: stored });
  });

  it('keeps the edits of a tab that missed a deletion, and says so', async () => {
    const storage = memoryStorage({ [KEY]: v1 });
    const a = track(makeLibrary(storage));
    const b = track(makeLibrary(storage));
    await a.init();
    await b.init();
    a.removeAssessment('stored-v1');
    await a.flush();
    b.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(2)));
    await b.flush();
    expect(storage.data.get(KEY)).toMatchObject({ rev: 6 });
    expect(b.useStore.getState().elsewhere).toEqual([
      { id: 'stored-v1', organisation: 'Southbay Unitary Council', kind: 'kept' },
    ]);
  });
});

describe('a page that goes away (pagehide)', () => {
  it('writes unsaved changes blind as a pending copy, taken in and saved at the next start', async () => {
    const storage = memoryStorage({ [KEY]: v1 });
    // Writes never finish (the page is gone before the reply), but putNow's request is sent.
    const dying: LibraryStorage = { ...storage, update: () => new Promise(() => undefined) };
    const tab = track(makeLibrary(dying));
    await tab.init();
    tab.saveNow();
    tab.updateAssessment('stored-v1', (x) =>
      withAnswer(x, 'capacity.skills', { notes: 'Last words' }),
    );
    expect(storage.data.get(KEY)).toEqual(v1);

    const next = track(makeLibrary(storage));
    await next.init();
    await next.flush();
    expect(storedAssessment(storage).answers['capacity.skills']?.notes).toBe('Last words');
    expect(storage.data.get(KEY)).toMatchObject({ rev: 5 });
    expect([...storage.data.keys()]).toEqual([KEY]);
    expect(next.useStore.getState().elsewhere).toEqual([]);
  });

  it('merges a pending copy with what another tab saved since, losing neither', async () => {
    const storage = memoryStorage({ [KEY]: v1 });
    const dying: LibraryStorage = { ...storage, update: () => new Promise(() => undefined) };
    const tab = track(makeLibrary(dying));
    const other = track(makeLibrary(storage));
    await tab.init();
    await other.init();
    tab.saveNow();
    tab.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(3)));
    other.updateAssessment('stored-v1', (x) => withAnswer(x, 'motivation.explaining', level(1)));
    await other.flush();

    const next = track(makeLibrary(storage));
    await next.init();
    await next.flush();
    const saved = storedAssessment(storage);
    expect(saved.answers['capacity.skills']?.response).toEqual({ kind: 'level', level: 3 });
    expect(saved.answers['motivation.explaining']?.response).toEqual({ kind: 'level', level: 1 });
    expect(storage.data.get(KEY)).toMatchObject({ rev: 6 });
  });
});
