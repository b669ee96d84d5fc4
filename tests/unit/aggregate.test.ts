import { describe as group, expect, it } from 'vitest';
import {
  compareCouncilWithRest,
  compareResponseWithRest,
  responseRows,
} from '../../src/domain/aggregate-compare';
import { roleCount } from '../../src/domain/aggregate-labels';
import { letterName } from '../../src/domain/workshop-letters';
import {
  describe,
  groupStats,
  positionAgainst,
  quantileSorted,
} from '../../src/domain/aggregate-stats';
import { workshopHighlights } from '../../src/domain/aggregate-highlights';
import {
  aggregateFor,
  commissioningTotal,
  fixtureBank,
  makeAssessment,
} from '../fixtures/workshop/make';

const bank = fixtureBank();

group('quartiles (linear interpolation, type 7)', () => {
  // Worked by hand: h = (n − 1)p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌈h⌉] − x[⌊h⌋]).
  it.each([
    { values: [10, 20, 30, 40], q1: 17.5, median: 25, q3: 32.5 }, // h = 0.75, 1.5, 2.25
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9], q1: 3, median: 5, q3: 7 }, // h = 2, 4, 6 exactly
    { values: [7, 1, 3], q1: 2, median: 3, q3: 5 }, // sorted 1, 3, 7; h = 0.5, 1, 1.5
    { values: [25, 50, 75, 100], q1: 43.75, median: 62.5, q3: 81.25 },
    { values: [0, 0, 0, 100, 100], q1: 0, median: 0, q3: 100 },
    { values: [2, 4, 4, 4, 5, 5, 7, 9], q1: 4, median: 4.5, q3: 5.5 }, // h = 1.75, 3.5, 5.25
  ])('$values → $q1 / $median / $q3', ({ values, q1, median, q3 }) => {
    const s = describe(values);
    expect(s).not.toBeNull();
    expect(s?.q1).toBeCloseTo(q1, 10);
    expect(s?.median).toBeCloseTo(median, 10);
    expect(s?.q3).toBeCloseTo(q3, 10);
    expect(s?.min).toBe(Math.min(...values));
    expect(s?.max).toBe(Math.max(...values));
  });

  it('computes the population standard deviation', () => {
    // mean 5; squared deviations 9,1,1,1,0,0,4,16 → 32 / 8 = 4 → sd 2
    expect(describe([2, 4, 4, 4, 5, 5, 7, 9])?.sd).toBe(2);
  });

  it('refuses an empty list rather than inventing a figure', () => {
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(describe([])).toBeNull();
  });
});

group('the under-three rule', () => {
  it.each([
    { values: [], shown: false },
    { values: [50], shown: false },
    { values: [50, 60], shown: false },
    { values: [50, 60, 70], shown: true },
  ])('$values.length values → statistics shown: $shown', ({ values, shown }) => {
    const g = groupStats(values);
    expect(g.n).toBe(values.length);
    expect(g.stats !== null).toBe(shown);
  });

  it('shows no theme statistic when fewer than three respondents have a score for the theme', () => {
    const list = [
      makeAssessment(bank, { id: 'a', levels: { ...commissioningTotal(3), 'assets.register': 2 } }),
      makeAssessment(bank, {
        id: 'b',
        levels: { ...commissioningTotal(6), 'assets.register': 'dk' },
      }),
      makeAssessment(bank, { id: 'c', levels: { ...commissioningTotal(9) } }),
    ];
    const agg = aggregateFor(bank, list, { anonymise: true });
    const commissioning = agg.themes.find((t) => t.themeId === 'commissioning');
    const assets = agg.themes.find((t) => t.themeId === 'assets');
    expect(commissioning?.group.stats?.median).toBeCloseTo(50, 10);
    expect(assets?.group).toEqual({ n: 1, members: 3, stats: null });
  });

  it('shows no comparison with the rest when the rest is fewer than three', () => {
    const list = ['a', 'b', 'c'].map((id, i) =>
      makeAssessment(bank, { id, levels: commissioningTotal(3 * (i + 1)) }),
    );
    const agg = aggregateFor(bank, list, { anonymise: false });
    const c = compareResponseWithRest(agg, 0)?.find((t) => t.themeId === 'commissioning');
    expect(c?.others).toEqual({ n: 2, members: 2, stats: null });
    expect(c?.position).toBeNull();
  });
});

group('workshop aggregation', () => {
  const four = [3, 6, 9, 12].map((total, i) =>
    makeAssessment(bank, {
      id: `r${i}`,
      organisation: `Council ${i}`,
      levels: commissioningTotal(total),
    }),
  );

  it('gives per-theme distributions from the scoring method, with each respondent placed', () => {
    const agg = aggregateFor(bank, four, { anonymise: true });
    const t = agg.themes.find((x) => x.themeId === 'commissioning');
    // Scores 25, 50, 75, 100 (levels total 3, 6, 9, 12 of 12).
    expect(t?.group.stats).toMatchObject({
      n: 4,
      min: 25,
      q1: 43.75,
      median: 62.5,
      q3: 81.25,
      max: 100,
    });
    expect(t?.points).toEqual([25, 50, 75, 100]);
  });

  it('puts the question of most disagreement first (largest standard deviation of levels)', () => {
    const list = [0, 1, 2, 3].map((i) =>
      makeAssessment(bank, {
        id: `q${i}`,
        levels: {
          'leadership.vision': 2, // everyone agrees: sd 0
          'leadership.risk': ([0, 4, 0, 4] as const)[i] as 0 | 4, // sd 2
          'assets.register': ([1, 2, 2, 3] as const)[i] as 1 | 2 | 3, // sd √0.5
        },
      }),
    );
    const agg = aggregateFor(bank, list, { anonymise: true });
    expect(agg.questions.slice(0, 3).map((q) => q.questionId)).toEqual([
      'leadership.risk',
      'assets.register',
      'leadership.vision',
    ]);
    expect(agg.questions[0]?.disagreement).toBe(2);
    expect(agg.questions[0]?.counts).toEqual([2, 0, 0, 0, 2]);
    // Questions nobody answered with a level have no figure and come last.
    expect(agg.questions.at(-1)?.disagreement).toBeNull();
  });

  it("counts don't know and not applicable apart from levels", () => {
    const list = [
      makeAssessment(bank, { id: 'x', levels: { 'assets.transfer': 'dk' } }),
      makeAssessment(bank, { id: 'y', levels: { 'assets.transfer': 'na' } }),
      makeAssessment(bank, { id: 'z', levels: { 'assets.transfer': 3 } }),
    ];
    const q = aggregateFor(bank, list, { anonymise: true }).questions.find(
      (x) => x.questionId === 'assets.transfer',
    );
    expect(q).toMatchObject({
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 0,
      counts: [0, 0, 0, 1, 0],
      group: { n: 1, members: 3, stats: null },
    });
  });

  it('places one respondent against the quartiles of everyone else', () => {
    const five = [
      ...four,
      makeAssessment(bank, { id: 'me', organisation: 'Me', levels: commissioningTotal(1) }),
    ];
    const agg = aggregateFor(bank, five, { anonymise: false });
    const c = compareResponseWithRest(agg, 4)?.find((t) => t.themeId === 'commissioning');
    expect(c?.score).toBeCloseTo(100 / 12, 10);
    expect(c?.others.stats).toMatchObject({ n: 4, q1: 43.75, median: 62.5, q3: 81.25 });
    expect(c?.position).toBe('lowest quarter');
    expect(compareResponseWithRest(agg, 99)).toBeNull();
    // With names off and one response per council, no single response may be compared.
    expect(compareResponseWithRest(aggregateFor(bank, five, { anonymise: true }), 4)).toBeNull();
  });

  it.each([
    { score: 10, position: 'lowest quarter' },
    { score: 50, position: 'below the median' },
    { score: 62.5, position: 'at the median' },
    { score: 70, position: 'above the median' },
    { score: 90, position: 'highest quarter' },
  ] as const)('a score of $score is in the $position', ({ score, position }) => {
    expect(positionAgainst(score, { q1: 43.75, median: 62.5, q3: 81.25 })).toBe(position);
  });
});

group('by-role differences', () => {
  const make = (
    id: string,
    role: 'officer' | 'member' | 'vcs' | 'other',
    total: number,
    risk: 0 | 1 | 2 | 3 | 4,
  ) =>
    makeAssessment(bank, {
      id,
      organisation: 'Northmoor Borough Council',
      role,
      levels: { ...commissioningTotal(total), 'leadership.risk': risk, 'leadership.vision': 2 },
    });

  it("compares the council's view (officers and members) with the VCS's view", () => {
    const list = [
      make('o1', 'officer', 12, 4),
      make('o2', 'officer', 9, 4),
      make('m1', 'member', 6, 3),
      make('v1', 'vcs', 3, 0),
      make('v2', 'vcs', 3, 1),
      make('v3', 'vcs', 6, 0),
      make('x1', 'other', 0, 0),
    ];
    const agg = aggregateFor(bank, list, { anonymise: true, countBy: 'response' });
    const t = agg.councilVsVcs.themes.find((x) => x.themeId === 'commissioning');
    // Council scores 100, 75, 50 → median 75; VCS 25, 25, 50 → median 25; difference 50.
    expect(t?.council.stats?.median).toBe(75);
    expect(t?.vcs.stats?.median).toBe(25);
    expect(t?.difference).toBe(50);
    // leadership.risk: council mean (4+4+3)/3 = 11/3, VCS mean 1/3 → 10/3, the largest gap; vision agrees.
    expect(agg.councilVsVcs.questions[0]?.questionId).toBe('leadership.risk');
    expect(agg.councilVsVcs.questions[0]?.difference).toBeCloseTo(10 / 3, 10);
    expect(
      agg.councilVsVcs.questions.find((q) => q.questionId === 'leadership.vision')?.difference,
    ).toBe(0);
    // The one "other" respondent is counted but gets no figures of its own.
    expect(agg.byRole.find((r) => r.role === 'other')).toMatchObject({
      respondents: 1,
      themes: expect.arrayContaining([
        { themeId: 'commissioning', group: { n: 1, members: 1, stats: null } },
      ]),
    });
  });

  it('gives no difference when either side has fewer than three respondents', () => {
    const list = [
      make('o1', 'officer', 12, 4),
      make('o2', 'officer', 9, 4),
      make('m1', 'member', 6, 3),
      make('v1', 'vcs', 3, 0),
      make('v2', 'vcs', 3, 1),
    ];
    const agg = aggregateFor(bank, list, { anonymise: true, countBy: 'response' });
    const t = agg.councilVsVcs.themes.find((x) => x.themeId === 'commissioning');
    expect(t?.council.stats).not.toBeNull();
    expect(t?.vcs).toEqual({ n: 2, members: 2, stats: null });
    expect(t?.difference).toBeNull();
    expect(agg.councilVsVcs.questions.every((q) => q.difference === null)).toBe(true);
  });
});

group('anonymisation', () => {
  const orgs = [
    'Northmoor Borough Council',
    'Eastbridge District Council',
    'Westhaven County Council',
  ];
  const list = orgs.map((organisation, i) =>
    makeAssessment(bank, { id: `id-${i}`, organisation, levels: commissioningTotal(i * 4) }),
  );

  it('labels councils "Council A", "Council B"… and keeps names only in program-only keys', () => {
    const agg = aggregateFor(bank, list, { anonymise: true });
    expect(agg.councils.map((c) => c.label)).toEqual(['Council A', 'Council B', 'Council C']);
  });

  it('treats names differing only in case and spacing as one organisation', () => {
    const a = makeAssessment(bank, { id: '1', organisation: 'Northmoor  Borough Council' });
    const b = makeAssessment(bank, {
      id: '2',
      organisation: 'northmoor borough council',
      role: 'vcs',
    });
    const agg = aggregateFor(bank, [a, b], { anonymise: true });
    expect(agg.councils).toHaveLength(1);
    expect(agg.councils[0]?.respondents).toBe(2);
  });

  it('shows real names when anonymisation is switched off', () => {
    expect(aggregateFor(bank, list, { anonymise: false }).councils.map((c) => c.label)).toEqual(
      [...orgs].sort(),
    );
  });

  it('tells several named respondents of one council apart by role and number', () => {
    const same = (id: string, role: 'officer' | 'member' | 'vcs') =>
      makeAssessment(bank, { id, organisation: 'Northmoor Borough Council', role });
    const agg = aggregateFor(
      bank,
      [same('1', 'vcs'), same('2', 'officer'), same('3', 'vcs'), same('4', 'member')],
      { anonymise: false },
    );
    expect(responseRows(agg).map((r) => r.label)).toEqual([
      'Northmoor Borough Council, Member',
      'Northmoor Borough Council, Officer',
      'Northmoor Borough Council, VCS partner 1',
      'Northmoor Borough Council, VCS partner 2',
    ]);
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [299, 'KN'],
  ])('letter %i is %s', (i, s) => {
    expect(letterName(i)).toBe(s);
  });
});

group('role counts', () => {
  it.each([
    ['officer', 1, '1 officer'],
    ['officer', 3, '3 officers'],
    ['vcs', 2, '2 VCS partners'],
    ['public-partner', 1, '1 public sector partner'],
  ] as const)('%s × %i → %s', (role, n, text) => {
    expect(roleCount(role, n)).toBe(text);
  });
});

group('highlights for the facilitator', () => {
  const make = (id: string, role: 'officer' | 'vcs', total: number, risk: 0 | 4) =>
    makeAssessment(bank, {
      id,
      organisation: `Org ${id}`,
      role,
      levels: {
        ...commissioningTotal(total),
        'leadership.risk': risk,
        'leadership.vision': 2,
        'assets.register': 3,
      },
    });
  const list = [
    make('o1', 'officer', 12, 4),
    make('o2', 'officer', 9, 4),
    make('o3', 'officer', 9, 0),
    make('v1', 'vcs', 3, 0),
    make('v2', 'vcs', 3, 0),
    make('v3', 'vcs', 6, 4),
  ];

  it('names the strongest and weakest themes, the first prompts and the largest council–VCS gap', () => {
    const h = workshopHighlights(bank, aggregateFor(bank, list, { anonymise: true }));
    // Theme medians: assets 75 (register 3 of 4), commissioning 62.5, leadership (vision 2×2 + risk 0 or 4)/12 → 33.3 or 66.7 → median 50.
    expect(h.strongest).toEqual({ title: 'Community assets', median: 75 });
    expect(h.weakest?.title).toBe('Leadership and culture');
    expect(h.prompts[0]).toMatchObject({ questionId: 'leadership.risk', min: 0, max: 4 });
    // Commissioning: council 100, 75, 75 → 75; VCS 25, 25, 50 → 25.
    expect(h.councilVcsGap).toEqual({ title: 'Commissioning', difference: 50 });
  });

  it('claims nothing when the groups are too small', () => {
    const h = workshopHighlights(bank, aggregateFor(bank, list.slice(0, 2), { anonymise: true }));
    expect(h).toEqual({ strongest: null, weakest: null, prompts: [], councilVcsGap: null });
  });
});

group('one council against the other councils', () => {
  // Council X sends three respondents (commissioning 25, 50, 100 → its median 50); four other
  // councils send one each (0, 25, 75, 100) except W, which sends two (75 and 100 → median 87.5).
  const at = (
    id: string,
    organisation: string,
    total: number,
    role: 'officer' | 'vcs' = 'officer',
  ) => makeAssessment(bank, { id, organisation, role, levels: commissioningTotal(total) });
  const list = [
    at('x1', 'X', 3),
    at('x2', 'X', 6, 'vcs'),
    at('x3', 'X', 12),
    at('y', 'Y', 0),
    at('z', 'Z', 3),
    at('v', 'V', 9),
    at('w1', 'W', 9),
    at('w2', 'W', 12, 'vcs'),
  ];
  const agg = aggregateFor(bank, list, { anonymise: true });
  const orgs = agg.councils;
  const indexOf = (name: string) => orgs.findIndex((c) => c.key === name.toLowerCase());

  it('lists each organisation once with its number of respondents', () => {
    expect(orgs.map((o) => o.label)).toEqual([
      'Council A',
      'Council B',
      'Council C',
      'Council D',
      'Council E',
    ]);
    expect(orgs.map((o) => o.respondents).sort()).toEqual([1, 1, 1, 2, 3]);
  });

  it("uses the council's median and counts every other council once", () => {
    const c = compareCouncilWithRest(agg, indexOf('X'))?.find((t) => t.themeId === 'commissioning');
    expect(c?.score).toBe(50);
    // Others: Y 0, Z 25, V 75, W 87.5 → quartiles (type 7) 18.75, 50, 78.125.
    expect(c?.others.stats).toMatchObject({
      n: 4,
      min: 0,
      q1: 18.75,
      median: 50,
      q3: 78.125,
      max: 87.5,
    });
    expect(c?.position).toBe('at the median');
    expect(compareCouncilWithRest(agg, 99)).toBeNull();
  });
});
