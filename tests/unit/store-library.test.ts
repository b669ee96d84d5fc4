import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withAnswer } from '../../src/domain/answer-edits';
import type { Assessment } from '../../src/domain/assessment-schema';
import { migrateAssessment } from '../../src/domain/migrations';
import { memoryStorage } from '../../src/store/storage-adapter';
import { assessmentKey } from '../../src/store/storage-keys';
import {
  channelHub,
  failingStorage,
  makeLibrary,
  settle,
  unreadableStorage,
} from './store-helpers';

const fixture = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(`tests/fixtures/storage/${name}`, 'utf8'));
const v1 = fixture('record-v1.json');
// The record as the library holds it once read: its assessment migrated to the current format.
const migrated = migrateAssessment(v1.assessment as Record<string, unknown>, 1);
if (!migrated.ok) throw new Error('record-v1.json does not migrate');
const stored = migrated.value as unknown as Assessment;
const level = (l: 0 | 1 | 2 | 3 | 4) => ({ response: { kind: 'level' as const, level: l } });

const libraries: { dispose(): void }[] = [];
function track<T extends { dispose(): void }>(lib: T): T {
  libraries.push(lib);
  return lib;
}
afterEach(() => {
  libraries.splice(0).forEach((l) => l.dispose());
  vi.useRealTimers();
});

describe('saved on change (reload, closed tab, crash)', () => {
  it('writes every change as it is made, so a fresh start finds it', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const tab = track(makeLibrary(storage));
    await tab.init();
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'capacity.skills', level(3)));
    tab.updateAssessment('stored-v1', (a) =>
      withAnswer(a, 'capacity.skills', { notes: 'Training began in May.' }),
    );
    await tab.flush();

    const reloaded = track(makeLibrary(storage));
    await reloaded.init();
    expect(
      reloaded.useStore.getState().assessments['stored-v1']?.answers['capacity.skills'],
    ).toEqual({
      response: { kind: 'level', level: 3 },
      notes: 'Training began in May.',
      evidence: '',
    });
    expect(
      reloaded.useStore.getState().assessments['stored-v1']?.answers['accountability.scrutiny'],
    ).toEqual(stored.answers['accountability.scrutiny']);
  });

  it('keeps the last export date beside the assessment, not in it', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const tab = track(makeLibrary(storage));
    await tab.init();
    tab.markExported('stored-v1', new Date('2026-11-20T12:00:00.000Z'));
    await tab.flush();
    const record = storage.data.get(assessmentKey('stored-v1')) as {
      lastExportedAt: string;
      assessment: Assessment;
    };
    expect(record.lastExportedAt).toBe('2026-11-20T12:00:00.000Z');
    expect(record.assessment).not.toHaveProperty('lastExportedAt');
  });

  it('deletes (leaving only a tombstone with the revision), and puts back on undo', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const tab = track(makeLibrary(storage));
    await tab.init();
    const removed = tab.removeAssessment('stored-v1');
    await tab.flush();
    expect(storage.data.get(assessmentKey('stored-v1'))).toEqual({
      version: 1,
      rev: 5,
      deleted: true,
      deletedAt: '2026-11-22T10:00:00.000Z',
    });
    tab.addAssessments([removed!]);
    await tab.flush();
    expect(
      (storage.data.get(assessmentKey('stored-v1')) as { assessment: Assessment }).assessment,
    ).toEqual(stored);
  });

  it('asks the browser to keep the data once something has been saved', async () => {
    const tab = track(makeLibrary(memoryStorage()));
    await tab.init();
    expect(tab.persistence.requests).toBe(0);
    tab.addAssessments([{ ...stored, id: 'fresh' }]);
    await tab.flush();
    await settle();
    expect(tab.persistence.requests).toBe(1);
    expect(tab.useStore.getState().persistence).toBe('persisted');
  });
});

describe('a write that fails', () => {
  it('shows "not saved", keeps the data in memory, throws nothing, and saves when storage works again', async () => {
    vi.useFakeTimers();
    const { storage, state } = failingStorage(memoryStorage({ [assessmentKey('stored-v1')]: v1 }));
    const tab = track(makeLibrary(storage, { retryMs: 5000 }));
    await tab.init();
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'centralism.blockages', level(1)));
    await tab.flush();

    const failed = tab.useStore.getState();
    expect(failed.save.state).toBe('failed');
    expect(failed.save.message).toMatch(/could not be saved.*QuotaExceededError/);
    expect(failed.unsaved).toEqual(['stored-v1']);
    expect(failed.assessments['stored-v1']?.answers['centralism.blockages']).toEqual({
      ...level(1),
      notes: '',
      evidence: '',
    });

    state.failing = false;
    await vi.advanceTimersByTimeAsync(5000);
    await tab.flush();
    expect(tab.useStore.getState().save.state).toBe('saved');
    expect(tab.useStore.getState().unsaved).toEqual([]);
    const reloaded = track(makeLibrary(storage));
    await reloaded.init();
    expect(
      reloaded.useStore.getState().assessments['stored-v1']?.answers['centralism.blockages']
        ?.response,
    ).toEqual({ kind: 'level', level: 1 });
  });

  it('tries again on the next change', async () => {
    const { storage, state } = failingStorage(memoryStorage({ [assessmentKey('stored-v1')]: v1 }));
    const tab = track(makeLibrary(storage));
    await tab.init();
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'centralism.blockages', level(1)));
    await tab.flush();
    expect(tab.useStore.getState().save.state).toBe('failed');
    state.failing = false;
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'centralism.new-powers', level(2)));
    await tab.flush();
    expect(tab.useStore.getState().save.state).toBe('saved');
    const reloaded = track(makeLibrary(storage));
    await reloaded.init();
    const answers = reloaded.useStore.getState().assessments['stored-v1']?.answers;
    expect(answers?.['centralism.blockages']?.response).toEqual({ kind: 'level', level: 1 });
    expect(answers?.['centralism.new-powers']?.response).toEqual({ kind: 'level', level: 2 });
  });

  it('starts with storage that cannot be opened, says so, and loads what it holds once it opens', async () => {
    vi.useFakeTimers();
    const storage = unreadableStorage();
    await storage.inner.update(assessmentKey('stored-v1'), () => v1);
    const tab = track(makeLibrary(storage, { retryMs: 1000 }));
    await tab.init();
    expect(tab.useStore.getState()).toMatchObject({
      ready: true,
      storageReadable: false,
      save: { state: 'failed' },
    });
    tab.addAssessments([{ ...stored, id: 'made-offline' }]);
    await tab.flush();
    storage.broken = false;
    await vi.advanceTimersByTimeAsync(1000);
    await tab.flush();
    await vi.advanceTimersByTimeAsync(10);
    const s = tab.useStore.getState();
    expect(s.save.state).toBe('saved');
    expect(Object.keys(s.assessments).sort()).toEqual(['made-offline', 'stored-v1']);
    expect(storage.inner.data.has(assessmentKey('made-offline'))).toBe(true);
  });
});

describe('unreadable saved data', () => {
  it('starts, reports it, keeps it byte for byte and never writes over it until the user discards it', async () => {
    const corrupt = fixture('record-corrupt-level.json');
    const garbage = 'not a record at all';
    const storage = memoryStorage({
      [assessmentKey('stored-v1')]: v1,
      [assessmentKey('stored-corrupt')]: corrupt,
      [assessmentKey('garbage')]: garbage,
      'something-else': { left: 'alone' },
    });
    const tab = track(makeLibrary(storage));
    await tab.init();
    const s = tab.useStore.getState();
    expect(Object.keys(s.assessments)).toEqual(['stored-v1']);
    expect(s.problems.map((p) => [p.key, p.kind])).toEqual([
      [assessmentKey('stored-corrupt'), 'corrupt'],
      [assessmentKey('garbage'), 'corrupt'],
    ]);
    expect(s.problems[0]?.raw).toEqual(corrupt);

    // An imported file that happens to carry the same id must not land on the kept data.
    const [id] = tab.addAssessments([{ ...stored, id: 'stored-corrupt' }]);
    expect(id).not.toBe('stored-corrupt');
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'capacity.skills', level(2)));
    await tab.flush();
    expect(storage.data.get(assessmentKey('stored-corrupt'))).toEqual(corrupt);
    expect(storage.data.get(assessmentKey('garbage'))).toBe(garbage);
    expect(storage.data.get('something-else')).toEqual({ left: 'alone' });

    await tab.discardProblem(assessmentKey('garbage'));
    expect(storage.data.get(assessmentKey('garbage'))).toMatchObject({ deleted: true });
    expect(tab.useStore.getState().problems).toHaveLength(1);
  });
});

describe('data from a newer version of the app', () => {
  it.each(['record-newer-version.json', 'record-newer-format.json'])(
    'refuses %s with a message and leaves it untouched',
    async (name) => {
      const raw = fixture(name);
      const id = (raw.assessment as Assessment).id;
      const storage = memoryStorage({ [assessmentKey(id)]: raw, [assessmentKey('stored-v1')]: v1 });
      const tab = track(makeLibrary(storage));
      await tab.init();
      const s = tab.useStore.getState();
      expect(s.assessments[id]).toBeUndefined();
      expect(s.problems).toEqual([
        {
          key: assessmentKey(id),
          kind: 'newer',
          message: expect.stringMatching(/newer version/),
          raw,
        },
      ]);
      tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'capacity.skills', level(2)));
      tab.addAssessments([{ ...stored, id }]);
      await tab.flush();
      expect(storage.data.get(assessmentKey(id))).toEqual(raw);
    },
  );

  it('will not overwrite an assessment that a newer version saved in another tab meanwhile', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const tab = track(makeLibrary(storage));
    await tab.init();
    const newer = { ...fixture('record-newer-version.json'), assessment: stored };
    await storage.update(assessmentKey('stored-v1'), () => newer);
    tab.updateAssessment('stored-v1', (a) => withAnswer(a, 'capacity.skills', level(2)));
    await tab.flush();
    expect(storage.data.get(assessmentKey('stored-v1'))).toEqual(newer);
    expect(tab.useStore.getState().save.state).toBe('failed');
    expect(tab.useStore.getState().unsaved).toEqual(['stored-v1']);
  });
});

describe('two tabs editing the same assessment', () => {
  async function twoTabs() {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const hub = channelHub();
    const a = track(makeLibrary(storage, { channel: hub.make }));
    const b = track(makeLibrary(storage, { channel: hub.make }));
    await a.init();
    await b.init();
    return { storage, a, b };
  }

  it('brings one tab’s saved answer into the other and says so', async () => {
    const { a, b } = await twoTabs();
    a.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(4)));
    await a.flush();
    await settle();
    expect(
      b.useStore.getState().assessments['stored-v1']?.answers['capacity.skills']?.response,
    ).toEqual({ kind: 'level', level: 4 });
    expect(b.useStore.getState().elsewhere).toEqual([
      { id: 'stored-v1', organisation: 'Southbay Unitary Council', kind: 'updated' },
    ]);
  });

  it('keeps both tabs’ answers when they edit at the same time', async () => {
    const { storage, a, b } = await twoTabs();
    a.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(4)));
    b.updateAssessment('stored-v1', (x) => withAnswer(x, 'motivation.explaining', level(1)));
    b.updateAssessment('stored-v1', (x) => ({
      ...x,
      about: { ...x.about, organisation: 'Southbay Council' },
    }));
    await Promise.all([a.flush(), b.flush()]);
    await settle();
    await Promise.all([a.flush(), b.flush()]);
    await settle();

    for (const tab of [a, b]) {
      const x = tab.useStore.getState().assessments['stored-v1']!;
      expect(x.answers['capacity.skills']?.response).toEqual({ kind: 'level', level: 4 });
      expect(x.answers['motivation.explaining']?.response).toEqual({ kind: 'level', level: 1 });
      expect(x.about.organisation).toBe('Southbay Council');
    }
    const saved = (storage.data.get(assessmentKey('stored-v1')) as { assessment: Assessment })
      .assessment;
    expect(saved.answers['capacity.skills']?.response).toEqual({ kind: 'level', level: 4 });
    expect(saved.answers['motivation.explaining']?.response).toEqual({ kind: 'level', level: 1 });
  });

  it('merges on write even when the other tab’s message never arrived', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const a = track(makeLibrary(storage));
    const b = track(makeLibrary(storage));
    await a.init();
    await b.init();
    a.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(4)));
    await a.flush();
    b.updateAssessment('stored-v1', (x) =>
      withAnswer(x, 'capacity.skills', { notes: 'Typed in the other tab.' }),
    );
    b.updateAssessment('stored-v1', (x) => withAnswer(x, 'motivation.explaining', level(1)));
    await b.flush();
    const saved = (storage.data.get(assessmentKey('stored-v1')) as { assessment: Assessment })
      .assessment;
    expect(saved.answers['motivation.explaining']?.response).toEqual({ kind: 'level', level: 1 });
    // Both tabs changed capacity.skills: the tab that wrote last keeps its version, and says so.
    expect(saved.answers['capacity.skills']?.notes).toBe('Typed in the other tab.');
    expect(b.useStore.getState().elsewhere).toEqual([
      { id: 'stored-v1', organisation: 'Southbay Unitary Council', kind: 'merged' },
    ]);
  });

  it('keeps an assessment deleted in one tab while the other tab has changes to it not yet saved', async () => {
    const storage = memoryStorage({ [assessmentKey('stored-v1')]: v1 });
    const hub = channelHub();
    const blocked = failingStorage(storage);
    const a = track(makeLibrary(storage, { channel: hub.make }));
    const b = track(makeLibrary(blocked.storage, { channel: hub.make }));
    await a.init();
    await b.init();
    b.updateAssessment('stored-v1', (x) => withAnswer(x, 'capacity.skills', level(2)));
    await b.flush();
    a.removeAssessment('stored-v1');
    await a.flush();
    await settle();
    expect(b.useStore.getState().elsewhere[0]?.kind).toBe('kept');
    expect(
      b.useStore.getState().assessments['stored-v1']?.answers['capacity.skills']?.response,
    ).toEqual({ kind: 'level', level: 2 });
    blocked.state.failing = false;
    await b.flush();
    const saved = (storage.data.get(assessmentKey('stored-v1')) as { assessment: Assessment })
      .assessment;
    expect(saved.answers['capacity.skills']?.response).toEqual({ kind: 'level', level: 2 });
  });

  it('removes an assessment deleted in another tab when this tab has no changes to it', async () => {
    const { a, b } = await twoTabs();
    a.removeAssessment('stored-v1');
    await a.flush();
    await settle();
    expect(b.useStore.getState().assessments['stored-v1']).toBeUndefined();
    expect(b.useStore.getState().elsewhere[0]?.kind).toBe('removed');
  });
});
