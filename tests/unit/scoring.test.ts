// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/domain/questionnaire-schema';
import {
  BAND_LABELS,
  bandIndexOf,
  bandOf,
  defaultTarget,
  effectiveTargets,
  scoreAssessment,
  scoreSummary,
  scoreTheme,
  strengths,
  targetMet,
  targetToScore,
  targetWording,
} from '../../src/domain/scoring';
import { draftPlan, priorities, priorityFor } from '../../src/domain/priorities';
import {
  answersFor,
  makeBank,
  weightedTheme,
  type QuestionSpec,
  type Shorthand,
} from '../fixtures/questionnaires/make-bank';

/** Score one theme `t` built from weights, with answers given in question order. */
function scoreOf(weights: number[], answers: Shorthand[]) {
  const bank = makeBank({ t: weightedTheme(weights) });
  const theme = bank.themes[0]!;
  return scoreTheme(
    theme,
    answersFor(
      theme.questions.map((q) => q.id),
      answers,
    ),
  );
}

describe('theme score: 100 × Σ(weight × level) / Σ(weight × 4) over questions answered with a level', () => {
  it.each([
    // weights, answers, worked out by hand
    { weights: [1], answers: [4], expected: 100, working: '4/4' },
    { weights: [1], answers: [0], expected: 0, working: '0/4' },
    { weights: [1, 1], answers: [0, 4], expected: 50, working: '(0+4)/(4+4)' },
    { weights: [1, 1, 1, 1], answers: [1, 2, 3, 2], expected: 50, working: '8/16' },
    {
      weights: [1, 2, 1],
      answers: [1, 3, null],
      expected: (100 * 7) / 12,
      working: '(1+6)/(4+8), third unanswered',
    },
    { weights: [3, 1], answers: [0, 4], expected: 25, working: '(0+4)/(12+4)' },
    { weights: [3, 1], answers: [4, 0], expected: 75, working: '(12+0)/(12+4)' },
    { weights: [2, 1, 1], answers: [4, 2, 0], expected: 62.5, working: '(8+2+0)/(8+4+4)' },
    { weights: [0.5, 1.5], answers: [4, 0], expected: 25, working: '(2+0)/(2+6)' },
    { weights: [10, 1], answers: [1, 4], expected: (100 * 14) / 44, working: '(10+4)/(40+4)' },
  ] satisfies { weights: number[]; answers: Shorthand[]; expected: number; working: string }[])(
    'weights $weights, levels $answers → $expected ($working)',
    ({ weights, answers, expected }) => {
      expect(scoreOf(weights, answers).score).toBeCloseTo(expected, 10);
    },
  );

  it.each([0.010000000000000028, 0.1, 0.3, 1.1, 7.7])(
    'scores level 4 on a question of weight %f as exactly 100, never a hair over',
    (weight) => {
      expect(scoreOf([weight, 1], [4, 4]).score).toBe(100);
      expect(scoreOf([weight], [4]).score).toBe(100);
    },
  );

  it('keeps the unrounded score (rounding is for display only)', () => {
    const score = scoreOf([1, 1, 1], [1, 1, 0]).score!;
    expect(score).toBeCloseTo(50 / 3, 12);
    expect(score).not.toBe(16.7);
  });
});

describe('"Don\'t know" and "Not applicable" are left out of both sums', () => {
  it.each([
    { weights: [1, 1, 1], answers: [2, 'dk', 'na'], expected: 50, notIf: 'counted as 0: 16.7' },
    { weights: [1, 1], answers: [4, 'dk'], expected: 100, notIf: 'counted as 0: 50' },
    { weights: [1, 5], answers: [3, 'na'], expected: 75, notIf: 'weight counted: 12.5' },
    { weights: [2, 1, 3], answers: ['dk', 1, 'na'], expected: 25, notIf: 'counted as 0: 4.2' },
    {
      weights: [1, 1],
      answers: [2, '-'],
      expected: 50,
      notIf: 'an answer with no response counted',
    },
  ] satisfies { weights: number[]; answers: Shorthand[]; expected: number; notIf: string }[])(
    'weights $weights, answers $answers → $expected (wrong if $notIf)',
    ({ weights, answers, expected }) => {
      expect(scoreOf(weights, answers).score).toBeCloseTo(expected, 10);
    },
  );

  it('counts them separately', () => {
    const r = scoreOf([1, 1, 1, 1, 1], [2, 'dk', 'na', '-', null]);
    expect(r).toMatchObject({
      answeredWithLevel: 1,
      dontKnow: 1,
      notApplicable: 1,
      unanswered: 2,
      total: 5,
    });
  });
});

describe('coverage: answered with a level ÷ questions in the theme; provisional under 60%', () => {
  it.each([
    { answers: [0, 1, 2, 3, 4], coverage: 1, provisional: false },
    { answers: [0, 1, 2, null, null], coverage: 0.6, provisional: false },
    { answers: [0, 1, 'dk', 'na', null], coverage: 0.4, provisional: true },
    { answers: [4, 'dk', 'dk', 'dk', 'dk'], coverage: 0.2, provisional: true },
    { answers: [4, 4, 'na', 'na', 'na'], coverage: 0.4, provisional: true },
    { answers: [4, 4, 4, 'na', 'dk'], coverage: 0.6, provisional: false },
    { answers: [4, 4, 4, 4, 'dk'], coverage: 0.8, provisional: false },
  ] satisfies { answers: Shorthand[]; coverage: number; provisional: boolean }[])(
    'answers $answers → coverage $coverage, provisional $provisional',
    ({ answers, coverage, provisional }) => {
      const r = scoreOf([1, 1, 1, 1, 1], answers);
      expect(r.coverage).toBeCloseTo(coverage, 10);
      expect(r.provisional).toBe(provisional);
    },
  );

  it.each([
    { total: 2, levels: 1, provisional: true }, // 50%
    { total: 3, levels: 2, provisional: false }, // 66.7%
    { total: 7, levels: 4, provisional: true }, // 57.1%
    { total: 10, levels: 6, provisional: false }, // exactly 60%
    { total: 10, levels: 5, provisional: true },
  ])(
    '$levels of $total questions with a level → provisional $provisional',
    ({ total, levels, provisional }) => {
      const answers: Shorthand[] = Array.from({ length: total }, (_, i) => (i < levels ? 2 : null));
      expect(scoreOf(Array<number>(total).fill(1), answers).provisional).toBe(provisional);
    },
  );
});

describe('a theme with no levels has no score (not zero)', () => {
  it.each([
    { case: 'nothing answered', answers: [null, null] },
    { case: 'all "Don\'t know"', answers: ['dk', 'dk'] },
    { case: 'all "Not applicable"', answers: ['na', 'na'] },
    { case: 'answers without a response', answers: ['-', '-'] },
    { case: 'a mix without levels', answers: ['dk', 'na'] },
  ] satisfies { case: string; answers: Shorthand[] }[])(
    '$case → score null, band null, not provisional',
    ({ answers }) => {
      const r = scoreOf([1, 1], answers);
      expect(r.score).toBeNull();
      expect(r.band).toBeNull();
      expect(r.bandIndex).toBeNull();
      expect(r.coverage).toBe(0);
      expect(r.provisional).toBe(false);
    },
  );

  it('scores a single level 0 as 0, which is a score', () => {
    const r = scoreOf([1, 1], [0, 'dk']);
    expect(r.score).toBe(0);
    expect(r.band).toBe('Not started');
  });
});

describe('bands: under 20, 20 to under 40, 40 to under 60, 60 to under 80, 80 and over', () => {
  it.each([
    [0, 'Not started'],
    [10, 'Not started'],
    [19.99, 'Not started'],
    [19.999999, 'Not started'],
    [20, 'Emerging'],
    [39.99, 'Emerging'],
    [40, 'Developing'],
    [59.99, 'Developing'],
    [60, 'Established'],
    [79.99, 'Established'],
    [80, 'Leading'],
    [99.99, 'Leading'],
    [100, 'Leading'],
  ] as const)('score %f → %s', (score, band) => {
    expect(bandOf(score)).toBe(band);
    expect(BAND_LABELS[bandIndexOf(score)]).toBe(band);
  });

  it('bands the unrounded score: 19.96 displays as 20.0 but is still Not started', () => {
    expect(bandOf(19.96)).toBe('Not started');
  });

  it.each([
    { weights: [1, 1, 1, 1, 1], answers: [1, 0, 0, 0, 0], score: 5, band: 'Not started' },
    { weights: [1, 1, 1, 1, 1], answers: [1, 1, 1, 1, 0], score: 20, band: 'Emerging' },
    { weights: [1, 1, 1, 1, 1], answers: [2, 2, 2, 2, 0], score: 40, band: 'Developing' },
    { weights: [1, 1, 1, 1, 1], answers: [3, 3, 3, 3, 0], score: 60, band: 'Established' },
    { weights: [1, 1, 1, 1, 1], answers: [4, 4, 4, 4, 0], score: 80, band: 'Leading' },
    { weights: [1, 2], answers: [1, 2], score: (100 * 5) / 12, band: 'Developing' },
  ] satisfies { weights: number[]; answers: Shorthand[]; score: number; band: string }[])(
    'a theme scoring $score is $band',
    ({ weights, answers, score, band }) => {
      const r = scoreOf(weights, answers);
      expect(r.score).toBeCloseTo(score, 10);
      expect(r.band).toBe(band);
    },
  );
});

describe('overall: the mean of the theme scores that exist', () => {
  const bank = makeBank({
    a: [{ id: 'a.one' }, { id: 'a.two' }],
    b: [{ id: 'b.one', weight: 3 }, { id: 'b.two' }],
    c: [{ id: 'c.one' }],
  });
  const ids = ['a.one', 'a.two', 'b.one', 'b.two', 'c.one'];

  it.each([
    // a = 100×(4+2)/8 = 75; b = 100×(3+4)/16 = 43.75; c = 0
    {
      answers: [4, 2, 1, 4, 0],
      overall: (75 + 43.75 + 0) / 3,
      band: 'Emerging',
      why: 'three themes, equal weight',
    },
    // c has no score: mean of a and b only, not a zero for c
    {
      answers: [4, 2, 1, 4, 'dk'],
      overall: (75 + 43.75) / 2,
      band: 'Developing',
      why: 'c not answered with a level',
    },
    {
      answers: [4, 2, null, null, null],
      overall: 75,
      band: 'Established',
      why: 'only a has a score',
    },
    // themes count equally whatever their number of questions: a = 100, c = 0
    {
      answers: [4, 4, null, null, 0],
      overall: 50,
      band: 'Developing',
      why: 'a two-question theme and a one-question theme',
    },
    {
      answers: ['dk', 'na', null, 'dk', 'na'],
      overall: null,
      band: null,
      why: 'no theme has a score',
    },
  ] satisfies { answers: Shorthand[]; overall: number | null; band: string | null; why: string }[])(
    'answers $answers → overall $overall ($why)',
    ({ answers, overall, band }) => {
      const r = scoreAssessment(bank, { answers: answersFor(ids, answers) });
      if (overall === null) expect(r.overall).toBeNull();
      else expect(r.overall).toBeCloseTo(overall, 10);
      expect(r.overallBand).toBe(band);
    },
  );
});

describe('critical gaps: a critical question answered at level 0 or 1', () => {
  it.each([
    { critical: true, answer: 0, gap: true },
    { critical: true, answer: 1, gap: true },
    { critical: true, answer: 2, gap: false },
    { critical: true, answer: 4, gap: false },
    { critical: true, answer: 'dk', gap: false },
    { critical: true, answer: 'na', gap: false },
    { critical: true, answer: '-', gap: false },
    { critical: true, answer: null, gap: false },
    { critical: false, answer: 0, gap: false },
    { critical: false, answer: 1, gap: false },
  ] satisfies { critical: boolean; answer: Shorthand; gap: boolean }[])(
    'critical $critical, answer $answer → gap $gap',
    ({ critical, answer, gap }) => {
      const bank = makeBank({ t: [{ id: 't.q', critical }] });
      const r = scoreAssessment(bank, { answers: answersFor(['t.q'], [answer]) });
      expect(r.criticalGaps).toEqual(gap ? ['t.q'] : []);
    },
  );

  it('lists gaps across themes in question order', () => {
    const bank = makeBank({
      a: [
        { id: 'a.one', critical: true },
        { id: 'a.two', critical: true },
      ],
      b: [{ id: 'b.one', critical: true }, { id: 'b.two' }],
    });
    const r = scoreAssessment(bank, {
      answers: answersFor(['b.one', 'a.two', 'a.one', 'b.two'], [0, 1, 3, 0]),
    });
    expect(r.criticalGaps).toEqual(['a.two', 'b.one']);
  });
});

describe('evidence gaps: questions answered "Don\'t know"', () => {
  it.each([
    { answer: 'dk', gap: true },
    { answer: 'na', gap: false },
    { answer: 0, gap: false },
    { answer: '-', gap: false },
    { answer: null, gap: false },
  ] satisfies { answer: Shorthand; gap: boolean }[])(
    'answer $answer → evidence gap $gap',
    ({ answer, gap }) => {
      const bank = makeBank({ t: [{ id: 't.q', critical: true }] });
      expect(
        scoreAssessment(bank, { answers: answersFor(['t.q'], [answer]) }).evidenceGaps,
      ).toEqual(gap ? ['t.q'] : []);
    },
  );

  it('lists them in question order, critical or not', () => {
    const bank = makeBank({
      a: [{ id: 'a.one' }, { id: 'a.two', critical: true }],
      b: [{ id: 'b.one' }],
    });
    const r = scoreAssessment(bank, {
      answers: answersFor(['b.one', 'a.two', 'a.one'], ['dk', 'dk', 2]),
    });
    expect(r.evidenceGaps).toEqual(['a.two', 'b.one']);
  });
});

describe('targets: one level above the current band, at most 4', () => {
  it.each([
    { answers: [0, 0, 0, 0], score: 0, band: 0, target: 1 },
    { answers: [1, 0, 0, 0], score: 6.25, band: 0, target: 1 },
    { answers: [1, 1, 1, 0], score: 18.75, band: 0, target: 1 },
    { answers: [1, 1, 1, 1], score: 25, band: 1, target: 2 },
    { answers: [2, 2, 2, 2], score: 50, band: 2, target: 3 },
    { answers: [3, 2, 2, 3], score: 62.5, band: 3, target: 4 },
    { answers: [4, 4, 3, 3], score: 87.5, band: 4, target: 4 },
    { answers: [4, 4, 4, 4], score: 100, band: 4, target: 4 },
    { answers: ['dk', 'dk', null, 'na'], score: null, band: null, target: 1 },
  ] satisfies { answers: Shorthand[]; score: number | null; band: Level | null; target: Level }[])(
    'answers $answers (score $score, band $band) → default target $target',
    ({ answers, score, band, target }) => {
      const theme = scoreOf([1, 1, 1, 1], answers);
      expect(theme.score === null ? null : Number(theme.score.toFixed(4))).toBe(score);
      expect(theme.bandIndex).toBe(band);
      expect(defaultTarget(theme)).toBe(target);
    },
  );

  it('uses the targets the user set and defaults the rest', () => {
    const bank = makeBank({ a: [{ id: 'a.one' }], b: [{ id: 'b.one' }], c: [{ id: 'c.one' }] });
    const result = scoreAssessment(bank, {
      answers: answersFor(['a.one', 'b.one', 'c.one'], [2, 1, null]),
    });
    expect(effectiveTargets(result, { a: 2 })).toEqual({ a: 2, b: 2, c: 1 });
    expect(effectiveTargets(result, { a: 0, b: 4, c: 3 })).toEqual({ a: 0, b: 4, c: 3 });
  });

  it('ignores targets for themes the bank does not have', () => {
    const bank = makeBank({ a: [{ id: 'a.one' }] });
    const result = scoreAssessment(bank, { answers: {} });
    expect(effectiveTargets(result, { gone: 3 })).toEqual({ a: 1 });
  });
});

describe('targets are bands: met and drawn at the band’s lower bound', () => {
  it.each([
    [0, 0, 'Not started', 'Not started (0 or more)'],
    [1, 20, 'Emerging', 'Emerging (20 or more)'],
    [2, 40, 'Developing', 'Developing (40 or more)'],
    [3, 60, 'Established', 'Established (60 or more)'],
    [4, 80, 'Leading', 'Leading (80 or more)'],
  ] as const)('target %i is drawn at %i, the start of %s: %s', (level, score, band, words) => {
    expect(targetToScore(level)).toBe(score);
    expect(bandOf(targetToScore(level))).toBe(band);
    expect(bandOf(targetToScore(level) - 0.01)).not.toBe(band === 'Not started' ? '' : band);
    expect(targetWording(level)).toBe(words);
  });

  it.each([
    [69, 3, true],
    [60, 3, true],
    [59.9, 3, false],
    [null, 0, false],
    [80, 4, true],
  ] as const)('a score of %s meets target %i: %s', (score, target, met) => {
    expect(targetMet(score, target)).toBe(met);
  });
});

describe('priorities: critical gaps first, then weight × (target − level), then question order', () => {
  const specs: Record<string, QuestionSpec[]> = {
    a: [
      { id: 'a.one', weight: 1 }, // level 1, target 3: gap 2
      { id: 'a.two', weight: 2 }, // level 2, target 3: gap 2
      { id: 'a.three', weight: 1, critical: true }, // level 1: critical, gap 2
      { id: 'a.four', weight: 1 }, // level 3: no gap
      { id: 'a.five', weight: 1 }, // don't know: not a priority
    ],
    b: [
      { id: 'b.one', weight: 1, critical: true }, // level 0, target 1: critical, gap 1
      { id: 'b.two', weight: 3 }, // level 0, target 1: gap 3
      { id: 'b.three', weight: 1 }, // level 0, target 1: gap 1
      { id: 'b.four', weight: 1, critical: true }, // level 2, above target, not a critical gap
    ],
  };
  const bank = makeBank(specs);
  const answers = answersFor(
    ['a.one', 'a.two', 'a.three', 'a.four', 'a.five', 'b.one', 'b.two', 'b.three', 'b.four'],
    [1, 2, 1, 3, 'dk', 0, 0, 0, 2],
  );
  const list = priorities(bank, { answers }, { a: 3, b: 1 });

  it('orders them by the three keys', () => {
    expect(list.map((p) => p.question.id)).toEqual([
      'a.three', // critical, earlier in question order than b.one
      'b.one', // critical
      'b.two', // 3 × (1 − 0) = 3
      'a.one', // 1 × (3 − 1) = 2, earlier than a.two
      'a.two', // 2 × (3 − 2) = 2
      'b.three', // 1 × (1 − 0) = 1
    ]);
  });

  it.each([
    ['a.one', 2, false],
    ['a.two', 2, false],
    ['a.three', 2, true],
    ['b.one', 1, true],
    ['b.two', 3, false],
    ['b.three', 1, false],
  ] as const)('%s has weighted gap %i, critical %s', (id, weightedGap, critical) => {
    expect(list.find((p) => p.question.id === id)).toMatchObject({ weightedGap, critical });
  });

  it.each([
    ['a.four', 'at its target'],
    ['a.five', 'answered "Don\'t know"'],
    ['b.four', 'above its target and not a critical gap'],
  ])('leaves out %s (%s)', (id) => {
    expect(list.map((p) => p.question.id)).not.toContain(id);
  });

  it('keeps a critical gap even when it already meets its target', () => {
    const single = makeBank({ t: [{ id: 't.q', critical: true }] });
    const p = priorities(single, { answers: answersFor(['t.q'], [1]) }, { t: 1 });
    expect(p).toHaveLength(1);
    expect(p[0]).toMatchObject({ critical: true, weightedGap: 0 });
  });

  it('puts a larger weighted gap ahead of question order', () => {
    const b = makeBank({
      t: [
        { id: 't.first', weight: 1 },
        { id: 't.second', weight: 1.5 },
      ],
    });
    const p = priorities(b, { answers: answersFor(['t.first', 't.second'], [2, 2]) }, { t: 4 });
    expect(p.map((x) => [x.question.id, x.weightedGap])).toEqual([
      ['t.second', 3],
      ['t.first', 2],
    ]);
  });

  it.each([
    { critical: true, weightedGap: 0, priority: 'high' },
    { critical: false, weightedGap: 3, priority: 'high' },
    { critical: false, weightedGap: 2, priority: 'high' },
    { critical: false, weightedGap: 1.5, priority: 'medium' },
    { critical: false, weightedGap: 1, priority: 'medium' },
    { critical: false, weightedGap: 0.5, priority: 'low' },
  ])(
    'a priority with critical $critical and weighted gap $weightedGap is $priority in the plan',
    ({ critical, weightedGap, priority }) => {
      expect(priorityFor({ ...list[0]!, critical, weightedGap })).toBe(priority);
    },
  );
});

describe('draft plan: each priority brings its suggested actions for its current level', () => {
  const bank = makeBank({
    t: [
      {
        id: 't.scrutiny',
        critical: true,
        actions: [
          { id: 'framework', levels: [0, 1] },
          { id: 'programme', levels: [1, 2] },
          { id: 'open-data', levels: [3] },
        ],
      },
      {
        id: 't.funding',
        weight: 2,
        actions: [
          { id: 'map', levels: [0] },
          { id: 'fund', levels: [1, 2] },
        ],
      },
    ],
  });

  it.each([
    { scrutiny: 0, expected: ['framework'] },
    { scrutiny: 1, expected: ['framework', 'programme'] },
    { scrutiny: 2, expected: ['programme'] },
    { scrutiny: 3, expected: ['open-data'] },
    { scrutiny: 4, expected: [] },
  ] satisfies { scrutiny: Level; expected: string[] }[])(
    'at level $scrutiny → $expected',
    ({ scrutiny, expected }) => {
      const plan = draftPlan(bank, { answers: answersFor(['t.scrutiny'], [scrutiny]) }, { t: 4 });
      expect(plan.map((a) => a.origin)).toEqual(expected.map((id) => `t.scrutiny#${id}`));
    },
  );

  it('follows priority order and fills in a plan action for each suggestion', () => {
    // t.scrutiny level 1 is a critical gap; t.funding level 0, target 2: gap 2 × 2 = 4
    const plan = draftPlan(
      bank,
      { answers: answersFor(['t.scrutiny', 't.funding'], [1, 0]) },
      { t: 2 },
    );
    expect(plan.map((a) => a.origin)).toEqual([
      't.scrutiny#framework',
      't.scrutiny#programme',
      't.funding#map',
    ]);
    expect(plan[2]).toEqual({
      id: 'suggested:t.funding#map',
      text: 'Action map for t.funding.',
      themeId: 't',
      questionId: 't.funding',
      priority: 'high',
      owner: '',
      due: '',
      status: 'not-started',
      measure: '',
      resources: '',
      needsDecision: false,
      origin: 't.funding#map',
    });
  });

  it('suggests nothing for questions at or above target, or without a level', () => {
    expect(
      draftPlan(bank, { answers: answersFor(['t.scrutiny', 't.funding'], ['dk', 2]) }, { t: 2 }),
    ).toEqual([]);
  });
});

describe('strengths', () => {
  it('lists questions at level 3 or 4, best first, ties in question order', () => {
    const bank = makeBank({
      a: [{ id: 'a.one' }, { id: 'a.two' }],
      b: [{ id: 'b.one' }, { id: 'b.two' }],
    });
    const s = strengths(bank, {
      answers: answersFor(['a.one', 'a.two', 'b.one', 'b.two'], [3, 2, 4, 3]),
    });
    expect(s.map((x) => [x.question.id, x.level])).toEqual([
      ['b.one', 4],
      ['a.one', 3],
      ['b.two', 3],
    ]);
  });
});

describe('scoreSummary: the shape printed by `cli score --json`', () => {
  it('keys themes by id and carries score, band, coverage and provisional', () => {
    const bank = makeBank({
      a: [{ id: 'a.one', critical: true }, { id: 'a.two' }],
      b: [{ id: 'b.one' }],
    });
    const result = scoreAssessment(bank, {
      answers: answersFor(['a.one', 'a.two', 'b.one'], [1, 'dk', null]),
    });
    expect(scoreSummary(result)).toEqual({
      themes: {
        a: { score: 25, band: 'Emerging', coverage: 0.5, provisional: true },
        b: { score: null, band: null, coverage: 0, provisional: false },
      },
      overall: 25,
      criticalGaps: ['a.one'],
      evidenceGaps: ['a.two'],
    });
  });
});
