import { describe, expect, it } from 'vitest';
import { compareCouncilWithRest } from '../../src/domain/aggregate-compare';
import { workshopHighlights } from '../../src/domain/aggregate-highlights';
import {
  compareMeanGap,
  compareVariance,
  describe as stats,
} from '../../src/domain/aggregate-stats';
import type { Level } from '../../src/domain/questionnaire-schema';
import {
  addParticipants,
  mergeOrganisations,
  newWorkshop,
  unmerge,
} from '../../src/domain/workshop';
import { dedupeAssessments, likelyDuplicates } from '../../src/domain/workshop-duplicates';
import { seededRandom } from '../../src/domain/workshop-letters';
import { heatMap, heatStep } from '../../src/domain/workshop-heatmap';
import {
  aggregateFor,
  commissioningTotal,
  fixtureBank,
  makeAssessment,
} from '../fixtures/workshop/make';

const bank = fixtureBank();
const at = (
  id: string,
  organisation: string,
  total: number,
  role: 'officer' | 'member' | 'vcs' = 'officer',
) => makeAssessment(bank, { id, organisation, role, levels: commissioningTotal(total) });

// Council X sends three respondents (commissioning 25, 50, 100: median 50), W two (75, 100:
// median 87.5), Y, Z and V one each (0, 25, 75).
const network = [
  at('x1', 'X', 3),
  at('x2', 'X', 6, 'vcs'),
  at('x3', 'X', 12),
  at('y', 'Y', 0),
  at('z', 'Z', 3),
  at('v', 'V', 9),
  at('w1', 'W', 9),
  at('w2', 'W', 12, 'vcs'),
];

describe('each council counted once', () => {
  it('takes the median of each council and the quartiles of those medians (hand-worked)', () => {
    const agg = aggregateFor(bank, network, { anonymise: true });
    expect(agg.countBy).toBe('council');
    const t = agg.themes.find((x) => x.themeId === 'commissioning');
    // Council medians sorted 0, 25, 50, 75, 87.5; n = 5, h = 4p: q1 = x[1], median = x[2], q3 = x[3].
    expect(t?.group.stats).toMatchObject({
      n: 5,
      min: 0,
      q1: 25,
      median: 50,
      q3: 75,
      max: 87.5,
    });
    expect(t?.group.stats?.mean).toBeCloseTo(237.5 / 5, 10);
    expect(t?.points).toEqual([0, 25, 50, 75, 87.5]);
  });

  it('gives per-response figures when the facilitator chooses them (hand-worked)', () => {
    const agg = aggregateFor(bank, network, { anonymise: true, countBy: 'response' });
    // Responses sorted 0, 25, 25, 50, 75, 75, 100, 100; n = 8, h = 7p:
    // q1 h = 1.75 → 25; median h = 3.5 → 50 + 0.5 × 25 = 62.5; q3 h = 5.25 → 75 + 0.25 × 25 = 81.25.
    expect(agg.themes.find((x) => x.themeId === 'commissioning')?.group.stats).toMatchObject({
      n: 8,
      q1: 25,
      median: 62.5,
      q3: 81.25,
    });
  });

  it('counts councils once for question levels too (a council’s level is its median level)', () => {
    const agg = aggregateFor(bank, network, { anonymise: true });
    const q = agg.questions.find((x) => x.questionId === 'commissioning.outcomes');
    // Levels: X 3, 4, 4 → 4; Y 0; Z 3; V 4; W 4, 4 → 4. Councils: 0, 3, 4, 4, 4.
    expect(q?.group.stats).toMatchObject({ n: 5, min: 0, median: 4, max: 4 });
    // The level counts stay counts of responses.
    expect(q?.counts).toEqual([1, 0, 0, 2, 5]);
  });

  it('compares a council with the others, each counted once', () => {
    const agg = aggregateFor(bank, network, { anonymise: true });
    const x = agg.councils.findIndex((c) => c.key === 'x');
    const c = compareCouncilWithRest(agg, x)?.find((t) => t.themeId === 'commissioning');
    expect(c?.score).toBe(50);
    // Others: 0, 25, 75, 87.5 → q1 h = 0.75 → 18.75, median 50, q3 h = 2.25 → 78.125.
    expect(c?.others.stats).toMatchObject({ n: 4, q1: 18.75, median: 50, q3: 78.125 });
  });

  it('says a group has no scores when every response in it was “Don’t know”', () => {
    const list = ['a', 'b', 'c'].map((id) =>
      makeAssessment(bank, { id, levels: { 'assets.register': 'dk', 'assets.transfer': 'dk' } }),
    );
    const agg = aggregateFor(bank, list, { anonymise: true });
    expect(agg.themes.find((t) => t.themeId === 'assets')?.group).toEqual({
      n: 0,
      members: 3,
      stats: null,
    });
  });
});

describe('merging organisations', () => {
  const dc = at('t1', 'Thornbury Vale DC', 3);
  const full = at('t2', 'Thornbury Vale District Council', 9, 'vcs');
  const other = at('o', 'Other', 6);

  it('counts merged organisations as one council, and undoes the merge', () => {
    const w0 = addParticipants(
      newWorkshop({ name: 'N', date: '2011-03-14' }, 'w', new Date(0)),
      [dc, full, other],
      new Date(0),
      seededRandom(3),
    ).workshop;
    const w = mergeOrganisations(
      w0,
      'thornbury vale dc',
      'thornbury vale district council',
      new Date(0),
    );
    const agg = aggregateFor(bank, w.participants, { anonymise: false, merges: w.merges });
    expect(agg.organisations).toBe(2);
    const tv = agg.councils.find((c) => c.label === 'Thornbury Vale District Council');
    expect(tv?.respondents).toBe(2);
    // Median of 25 and 75.
    expect(tv?.themes.find((t) => t.themeId === 'commissioning')?.score).toBe(50);
    const back = unmerge(w, 'thornbury vale dc', new Date(0));
    expect(
      aggregateFor(bank, back.participants, { anonymise: false, merges: back.merges })
        .organisations,
    ).toBe(3);
  });

  it('follows a chain of merges to the council everything counts as', () => {
    const w0 = newWorkshop({ name: 'N', date: '2011-03-14' }, 'w', new Date(0));
    const w1 = mergeOrganisations(w0, 'a', 'b', new Date(0));
    const w2 = mergeOrganisations(w1, 'b', 'c', new Date(0));
    expect(w2.merges).toEqual({ a: 'c', b: 'c' });
    // Merging an organisation into itself changes nothing.
    expect(mergeOrganisations(w2, 'c', 'a', new Date(0)).merges).toEqual({ a: 'c', b: 'c' });
  });
});

describe('duplicates', () => {
  const older = { ...at('same', 'X', 3), updatedAt: '2011-03-01T10:00:00.000Z' };
  const newer = { ...at('same', 'X', 9), updatedAt: '2011-03-05T10:00:00.000Z' };

  it('keeps the copy with the newest updatedAt whatever the order, and lists both', () => {
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const r = dedupeAssessments(order.map((assessment, source) => ({ source, assessment })));
      expect(r.kept.map((k) => k.assessment)).toEqual([newer]);
      expect(r.duplicates).toEqual([
        { id: 'same', kept: order.indexOf(newer), left: [order.indexOf(older)] },
      ]);
    }
  });

  it('settles equal times by content, so the order of files never matters', () => {
    const a = at('same', 'X', 3);
    const b = at('same', 'X', 6);
    const one = dedupeAssessments([a, b].map((assessment, source) => ({ source, assessment })));
    const two = dedupeAssessments([b, a].map((assessment, source) => ({ source, assessment })));
    expect(one.kept[0]?.assessment).toEqual(two.kept[0]?.assessment);
  });

  it('keeps an older copy out of a workshop that already has the newer one', () => {
    const w = addParticipants(
      newWorkshop({ name: 'N', date: '2011-03-14' }, 'w', new Date(0)),
      [newer],
      new Date(0),
      seededRandom(1),
    ).workshop;
    const r = addParticipants(w, [older], new Date(0), seededRandom(1));
    expect(r.workshop.participants).toEqual([newer]);
    expect(r).toMatchObject({ added: 0, replaced: 0 });
    expect(r.duplicates).toEqual([{ id: 'same', kept: -1, left: [0] }]);
  });

  it('flags identical answers exported again under a new id as a likely duplicate', () => {
    const first = at('first', 'X', 6);
    const again = { ...at('again', 'x', 6), updatedAt: '2011-04-01T10:00:00.000Z' };
    const vcs = at('vcs', 'X', 6, 'vcs');
    const different = at('different', 'X', 7);
    expect(likelyDuplicates([first, vcs, again, different])).toEqual([[0, 2]]);
  });
});

describe('exact order of ties', () => {
  const levels = (vision: number[], risk: number[]) =>
    vision.map((v, i) =>
      makeAssessment(bank, {
        id: `r${i}`,
        levels: { 'leadership.vision': v as Level, 'leadership.risk': risk[i] as Level },
      }),
    );

  it('ranks equal spreads by the bank’s order, not by rounding noise', () => {
    // Both have variance 4/25, but in floating point the second's sd is 0.4000000000000001.
    const vision = [0, 0, 0, 0, 1];
    const risk = [0, 1, 1, 1, 1];
    expect(stats(risk)?.sd).toBeGreaterThan(stats(vision)?.sd ?? 0);
    expect(compareVariance(vision, risk)).toBe(0);
    const agg = aggregateFor(bank, levels(vision, risk), { anonymise: true });
    expect(agg.questions.slice(0, 2).map((q) => q.questionId)).toEqual([
      'leadership.vision',
      'leadership.risk',
    ]);
  });

  it('ranks equal council–VCS gaps by the bank’s order, not by rounding noise', () => {
    // vision: council 1, 1, 2 (mean 4/3) against VCS 1, 1, 1: gap 1/3, 0.33333333333333326 in floats;
    // risk: council 0, 0, 1 (mean 1/3) against VCS 0, 0, 0: gap 1/3, 0.3333333333333333.
    const role = (i: number) => (i < 3 ? 'officer' : 'vcs');
    const list = [1, 1, 2, 1, 1, 1].map((v, i) =>
      makeAssessment(bank, {
        id: `g${i}`,
        role: role(i),
        levels: {
          'leadership.vision': v as Level,
          'leadership.risk': ([0, 0, 1, 0, 0, 0] as const)[i] as Level,
        },
      }),
    );
    expect(compareMeanGap({ a: [1, 1, 2], b: [1, 1, 1] }, { a: [0, 0, 1], b: [0, 0, 0] })).toBe(0);
    const agg = aggregateFor(bank, list, { anonymise: true });
    expect(agg.councilVsVcs.questions.slice(0, 2).map((q) => q.questionId)).toEqual([
      'leadership.vision',
      'leadership.risk',
    ]);
  });

  it('says which theme is strongest by the bank’s order when medians tie', () => {
    const list = ['a', 'b', 'c'].map((id) =>
      makeAssessment(bank, {
        id,
        levels: {
          'leadership.vision': 2,
          'leadership.risk': 2,
          'assets.register': 2,
          'assets.transfer': 2,
        },
      }),
    );
    const h = workshopHighlights(bank, aggregateFor(bank, list, { anonymise: true }));
    expect(h.strongest?.title).toBe('Leadership and culture');
  });
});

describe('heat map of questions by council', () => {
  it('gives each council’s median level per question, in the councils’ order', () => {
    const agg = aggregateFor(bank, network, { anonymise: true });
    const row = heatMap(bank, agg).find((r) => r.questionId === 'commissioning.outcomes');
    const byKey = Object.fromEntries(agg.councils.map((c, i) => [c.key, row?.cells[i]]));
    // X: levels 3, 4, 4 → 4; Y 0; Z 3; V 4; W 4, 4 → 4.
    expect(byKey).toEqual({ x: 4, y: 0, z: 3, v: 4, w: 4 });
    // small-groups: X 0, 2, 4 → 2; W 4, 4 → 4; no one answered leadership.vision.
    const small = heatMap(bank, agg).find((r) => r.questionId === 'commissioning.small-groups');
    expect(small?.cells[agg.councils.findIndex((c) => c.key === 'x')]).toBe(2);
    expect(heatMap(bank, agg).find((r) => r.questionId === 'leadership.vision')?.cells).toEqual(
      agg.councils.map(() => null),
    );
    expect([0, 0.5, 1, 2.5, 3.9, 4].map(heatStep)).toEqual([0, 0, 1, 2, 3, 4]);
  });
});
