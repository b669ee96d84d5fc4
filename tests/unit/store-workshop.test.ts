import { afterEach, describe, expect, it, vi } from 'vitest';
import { addParticipants, newWorkshop } from '../../src/domain/workshop';
import { seededRandom } from '../../src/domain/workshop-letters';
import { memoryStorage } from '../../src/store/storage-adapter';
import { createWorkshopStore, workshopKey } from '../../src/store/workshop-store';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';
import { failingStorage } from './store-helpers';

const bank = fixtureBank();
const at = new Date('2011-03-01T09:00:00.000Z');
const three = () =>
  addParticipants(
    newWorkshop({ name: 'North West', date: '2011-03-14' }, 'w1', at),
    ['a', 'b', 'c'].map((id) => makeAssessment(bank, { id })),
    at,
    seededRandom(1),
  ).workshop;

const stores: { engine: { dispose(): void } }[] = [];
afterEach(() => {
  stores.splice(0).forEach((s) => s.engine.dispose());
  vi.useRealTimers();
});

describe('the workshop store (the library’s engine)', () => {
  it('says a failed write is not saved, keeps the workshop, and saves it when storage works again', async () => {
    vi.useFakeTimers();
    const inner = memoryStorage();
    const blocked = failingStorage(inner);
    const store = createWorkshopStore(() => blocked.storage, {
      channel: () => null,
      retryMs: 1000,
    });
    stores.push(store);
    expect(await store.save(three())).toBe(false);
    expect(store.engine.useStore.getState()).toMatchObject({
      save: { state: 'failed' },
      unsaved: ['w1'],
    });
    expect(await store.load('w1')).toMatchObject({ kind: 'ok' });
    blocked.state.failing = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.engine.useStore.getState().save.state).toBe('saved');
    expect(inner.data.get(workshopKey('w1'))).toMatchObject({
      rev: 1,
      workshop: { participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
    });
  });

  it('keeps revisions growing across delete and re-creation, and merges a stale tab’s edit', async () => {
    const storage = memoryStorage();
    const a = createWorkshopStore(() => storage, { channel: () => null });
    const b = createWorkshopStore(() => storage, { channel: () => null });
    stores.push(a, b);
    const w = three();
    await a.save(w);
    await b.list();
    await a.remove('w1');
    await a.save({ ...w, name: 'North West network' });
    expect(storage.data.get(workshopKey('w1'))).toMatchObject({ rev: 3 });
    // Tab B never heard: its edit (anonymise off) is merged with A's new name.
    await b.save({ ...w, anonymise: false });
    expect(storage.data.get(workshopKey('w1'))).toMatchObject({
      rev: 4,
      workshop: { name: 'North West network', anonymise: false },
    });
  });
});
