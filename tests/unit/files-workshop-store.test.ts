import { describe, expect, it } from 'vitest';
import { addParticipants, newWorkshop, validateWorkshopDetails } from '../../src/domain/workshop';
import { seededRandom } from '../../src/domain/workshop-letters';
import { memoryStorage } from '../../src/store/storage-adapter';
import {
  createWorkshopStore,
  WORKSHOP_RECORD_VERSION,
  workshopKey,
} from '../../src/store/workshop-store';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();
const at = new Date('2011-03-01T09:00:00.000Z');

describe('workshop details', () => {
  it.each([
    [{ name: '', date: '2011-03-14' }, { name: 'Enter a name for the workshop' }],
    [
      { name: '  ', date: '' },
      { name: 'Enter a name for the workshop', date: 'Enter the date of the workshop' },
    ],
    [
      { name: 'North West', date: '2011-02-30' },
      { date: 'Date of the workshop must be a real date' },
    ],
    [
      { name: 'x'.repeat(201), date: '2011-03-14' },
      { name: 'Workshop name must be 200 characters or fewer' },
    ],
    // Month 13 and day 32 once threw a RangeError instead of giving a message.
    [
      { name: 'North West', date: '2011-13-01' },
      { date: 'Date of the workshop must be a real date' },
    ],
    [
      { name: 'North West', date: '2011-03-32' },
      { date: 'Date of the workshop must be a real date' },
    ],
    [
      { name: 'North West', date: '2011-00-10' },
      { date: 'Date of the workshop must be a real date' },
    ],
    [{ name: 'North West', date: '2012-02-29' }, {}],
    [{ name: 'North West', date: '2011-03-14' }, {}],
  ])('%j → %j', (details, errors) => {
    expect(validateWorkshopDetails(details)).toEqual(errors);
  });

  it('starts with anonymisation on', () => {
    expect(newWorkshop({ name: ' North West ', date: '2011-03-14' }, 'w', at)).toMatchObject({
      name: 'North West',
      anonymise: true,
      participants: [],
    });
  });
});

describe('adding files to a workshop', () => {
  it('counts an assessment once however often its file is added; a newer copy replaces the older', () => {
    const w = newWorkshop({ name: 'N', date: '2011-03-14' }, 'w', at);
    const a = makeAssessment(bank, { id: 'a', levels: { 'leadership.vision': 1 } });
    const b = makeAssessment(bank, { id: 'b' });
    const first = addParticipants(w, [a, b], at, seededRandom(1));
    expect(first).toMatchObject({ added: 2, replaced: 0 });
    const newer = {
      ...a,
      updatedAt: '2011-03-02T10:00:00.000Z',
      answers: {
        'leadership.vision': {
          response: { kind: 'level' as const, level: 4 as const },
          notes: '',
          evidence: '',
        },
      },
    };
    const second = addParticipants(first.workshop, [newer], at, seededRandom(1));
    expect(second).toMatchObject({ added: 0, replaced: 1 });
    expect(second.workshop.participants.map((p) => p.id)).toEqual(['a', 'b']);
    expect(second.workshop.participants[0]).toEqual(newer);
  });
});

describe('workshop store', () => {
  it('saves, lists, loads and removes workshops', async () => {
    const storage = memoryStorage();
    const store = createWorkshopStore(() => storage);
    const w = addParticipants(
      newWorkshop({ name: 'North West', date: '2011-03-14' }, 'w1', at),
      [makeAssessment(bank, { id: 'a' })],
      at,
      seededRandom(1),
    ).workshop;
    await store.save(w);
    await store.save(newWorkshop({ name: 'South', date: '2011-05-01' }, 'w2', at));
    expect((await store.list()).workshops.map((x) => [x.name, x.participants])).toEqual([
      ['South', 0],
      ['North West', 1],
    ]);
    expect(await store.load('w1')).toEqual({ kind: 'ok', workshop: w });
    await store.remove('w1');
    expect(await store.load('w1')).toEqual({ kind: 'missing' });
  });

  it('reports a saved workshop it cannot read, and never writes over it', async () => {
    const corrupt = {
      version: WORKSHOP_RECORD_VERSION,
      workshop: { id: 'w1', name: 'Broken', participants: 'not a list' },
    };
    const newer = { version: WORKSHOP_RECORD_VERSION + 1, workshop: {} };
    const storage = memoryStorage({ [workshopKey('w1')]: corrupt, [workshopKey('w9')]: newer });
    const store = createWorkshopStore(() => storage);
    const listed = await store.list();
    expect(listed.workshops).toEqual([]);
    expect(listed.problems.map((p) => p.message)).toEqual([
      'the saved workshop is missing its name, date or settings',
      `saved by a newer version of this tool (stored version ${WORKSHOP_RECORD_VERSION + 1}; this version reads up to ${WORKSHOP_RECORD_VERSION})`,
    ]);
    expect(await store.load('w1')).toMatchObject({ kind: 'problem' });
    // A workshop that comes with the id of the unreadable one is saved under a new id beside it.
    expect(await store.save(newWorkshop({ name: 'Over it', date: '2011-03-14' }, 'w1', at))).toBe(
      true,
    );
    expect(storage.data.get(workshopKey('w1'))).toEqual(corrupt);
    expect((await store.list()).workshops.map((x) => x.name)).toEqual(['Over it']);
  });
});
