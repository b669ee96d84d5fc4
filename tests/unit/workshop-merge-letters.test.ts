import { describe, expect, it } from 'vitest';
import { addParticipants, newWorkshop, type Workshop } from '../../src/domain/workshop';
import { mergeLetters, orgKeyOf, seededRandom } from '../../src/domain/workshop-letters';
import { mergeWorkshop, mergeWorkshopWithoutBase } from '../../src/store/merge-workshop';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();
const at = new Date('2011-03-01T09:00:00.000Z');
const later = new Date('2011-03-01T10:00:00.000Z');

const add = (w: Workshop, seed: number, ...orgs: [string, string][]) =>
  addParticipants(
    w,
    orgs.map(([id, organisation]) => makeAssessment(bank, { id, organisation })),
    later,
    seededRandom(seed),
  ).workshop;

const base = add(
  newWorkshop({ name: 'North West', date: '2011-03-14' }, 'w1', at),
  1,
  ['a', 'Saltmere'],
  ['b', 'Thornbury'],
);

/** Every organisation of the workshop has a letter, and no letter stands for two. */
function expectLettersSound(w: Workshop) {
  const keys = new Set(w.participants.map((p) => orgKeyOf(p.about.organisation)));
  const letters = w.letters ?? {};
  for (const k of keys) expect(letters[k], k).toMatch(/^[A-Z]+$/);
  const given = Object.values(letters);
  expect(new Set(given).size).toBe(given.length);
}

describe('merging the letters of two tabs’ copies of one workshop', () => {
  it('keeps both tabs’ new organisations and their letters when the letters differ', () => {
    const merged = mergeLetters(
      { saltmere: 'A' },
      { saltmere: 'A', thornbury: 'C' },
      { saltmere: 'A', wirral: 'B' },
      seededRandom(1),
    );
    expect(merged).toEqual({ saltmere: 'A', thornbury: 'C', wirral: 'B' });
  });

  it('never gives two organisations one letter: this tab’s keeps it, the other gets one no tab gave out', () => {
    const merged = mergeLetters(
      { saltmere: 'A' },
      { saltmere: 'A', thornbury: 'B', kirkby: 'C' },
      { saltmere: 'A', wirral: 'B' },
      seededRandom(3),
    );
    expect(merged.saltmere).toBe('A');
    expect(merged.wirral).toBe('B');
    expect(merged.kirkby).toBe('C');
    // A, B and C are all given out somewhere; thornbury takes a letter neither tab has used.
    expect(['A', 'B', 'C']).not.toContain(merged.thornbury);
    expect(merged.thornbury).toMatch(/^[A-Z]$/);
  });

  it('keeps the common copy’s letter for an organisation whatever the tabs say', () => {
    const merged = mergeLetters(
      { saltmere: 'A', thornbury: 'B' },
      { saltmere: 'A', thornbury: 'B' },
      { saltmere: 'A', thornbury: 'B', wirral: 'C' },
      seededRandom(1),
    );
    expect(merged).toEqual({ saltmere: 'A', thornbury: 'B', wirral: 'C' });
  });

  it('gives one letter when both tabs added the same new organisation with different letters', () => {
    const merged = mergeLetters({}, { wirral: 'B' }, { wirral: 'A' }, seededRandom(1));
    expect(merged).toEqual({ wirral: 'A' });
  });
});

describe('merging two tabs that each added respondents to one workshop', () => {
  it('keeps every response and every organisation’s letter, none shared', () => {
    // Both tabs draw from the same pool, so with these seeds they are likely to clash; every seed
    // must give a sound result.
    for (let seed = 1; seed <= 30; seed += 1) {
      const theirs = add(base, seed, ['c', 'Wirral'], ['d', 'Kirkby']);
      const ours = add(base, seed + 100, ['e', 'Sefton'], ['f', 'Knowsley']);
      const merged = mergeWorkshop(base, theirs, ours, seededRandom(seed));
      expect(merged.participants.map((p) => p.id).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
      expectLettersSound(merged);
      // Letters the common copy held, and this tab's letters, are never changed by the merge.
      for (const [k, l] of Object.entries(ours.letters ?? {})) expect(merged.letters?.[k]).toBe(l);
    }
  });

  it('keeps every letter when two copies with no common copy are merged', () => {
    const theirs = add(base, 5, ['c', 'Wirral']);
    const ours = add(base, 6, ['e', 'Sefton']);
    const merged = mergeWorkshopWithoutBase(theirs, ours, seededRandom(2));
    expect(merged.participants).toHaveLength(4);
    expectLettersSound(merged);
    expect(merged.letters?.sefton).toBe(ours.letters?.sefton);
  });
});
