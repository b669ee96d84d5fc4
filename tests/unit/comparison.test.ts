import { describe, expect, it } from 'vitest';
import {
  compareWithBaseline,
  earlierTargets,
  formatChange,
  formatScoreChange,
  themeTargetMet,
} from '../../src/domain/comparison';
import type { Assessment } from '../../src/domain/assessment-schema';
import {
  assessmentWith,
  dontKnow,
  level,
  notApplicable,
  resultsBank,
} from '../fixtures/results-bank';

const earlierAnswers: Assessment['answers'] = {
  'people.one': level(1),
  'people.two': level(1),
  'people.three': level(1),
  'places.one': dontKnow,
  'places.two': level(2),
  'power.one': level(2),
  'power.two': level(2),
};

function reassessment(
  answers: Assessment['answers'],
  earlierChosenTargets: Assessment['targets'] = {},
) {
  return assessmentWith(answers, {
    baseline: {
      assessmentId: 'earlier',
      date: '2025-06-30',
      answers: earlierAnswers,
      targets: earlierChosenTargets,
    },
  });
}

describe('compareWithBaseline', () => {
  it('is null for an assessment that is not a re-assessment', () => {
    expect(compareWithBaseline(resultsBank, assessmentWith(earlierAnswers))).toBeNull();
  });

  it('gives each theme its earlier and new score and band, and the change', () => {
    const comparison = compareWithBaseline(
      resultsBank,
      reassessment({ ...earlierAnswers, 'people.two': level(3) }),
    )!;
    expect(comparison.baselineDate).toBe('2025-06-30');
    const people = comparison.themes[0]!;
    // earlier 4/16 = 25; now (1 + 2×3 + 1) / 16 = 50
    expect(people).toMatchObject({
      themeId: 'people',
      earlierScore: 25,
      newScore: 50,
      earlierBand: 'Emerging',
      newBand: 'Developing',
      change: 25,
    });
    expect(comparison.themes[2]).toMatchObject({
      themeId: 'power',
      earlierScore: 50,
      newScore: 50,
      change: 0,
    });
  });

  it('has no change for a theme that has lost or gained its only score', () => {
    const comparison = compareWithBaseline(
      resultsBank,
      reassessment({ ...earlierAnswers, 'places.two': notApplicable, 'places.one': dontKnow }),
    )!;
    expect(comparison.themes[1]).toMatchObject({
      earlierScore: 50,
      newScore: null,
      change: null,
      targetMet: null,
    });
  });

  it('takes earlier targets as the user set them, and the default for the rest', () => {
    const baseline = reassessment({}, { power: 4 }).baseline!;
    // people was Emerging (band 1) → default 2; places Developing (2) → 3; power chosen 4
    expect(earlierTargets(resultsBank, baseline)).toEqual({ people: 2, places: 3, power: 4 });
  });

  it('checks each theme against its earlier target band’s lower bound on the 0-100 scale', () => {
    const comparison = compareWithBaseline(
      resultsBank,
      reassessment(
        {
          ...earlierAnswers,
          'people.two': level(3),
          'places.two': level(2),
          'power.one': level(4),
          'power.two': level(3),
        },
        { power: 4 },
      ),
    )!;
    expect(comparison.themes.map((t) => [t.themeId, t.earlierTarget, t.targetMet])).toEqual([
      ['people', 2, true], // 50 ≥ 40 (Developing)
      ['places', 3, false], // 50 < 60 (Established)
      ['power', 4, true], // 87.5 ≥ 80 (Leading)
    ]);
  });

  it('compares each question: earlier and new level, change, and whether the theme target was reached', () => {
    const comparison = compareWithBaseline(
      resultsBank,
      reassessment({
        ...earlierAnswers,
        'people.one': level(3),
        'people.two': level(0),
        'places.one': level(2),
        'power.two': dontKnow,
      }),
    )!;
    const byId = Object.fromEntries(comparison.questions.map((q) => [q.questionId, q]));
    expect(byId['people.one']).toMatchObject({
      earlierLevel: 1,
      newLevel: 3,
      change: 2,
      earlierTarget: 2,
      targetMet: true,
    });
    expect(byId['people.two']).toMatchObject({
      earlierLevel: 1,
      newLevel: 0,
      change: -1,
      targetMet: false,
    });
    expect(byId['people.three']).toMatchObject({
      earlierLevel: 1,
      newLevel: 1,
      change: 0,
      targetMet: false,
    });
    expect(byId['places.one']).toMatchObject({
      earlierState: 'dont-know',
      earlierLevel: null,
      newState: 'level',
      newLevel: 2,
      change: null,
    });
    expect(byId['power.two']).toMatchObject({
      earlierLevel: 2,
      newState: 'dont-know',
      newLevel: null,
      change: null,
      targetMet: null,
    });
  });

  it('lists every question of the bank once, in bank order', () => {
    const comparison = compareWithBaseline(resultsBank, reassessment({}))!;
    expect(comparison.questions.map((q) => q.questionId)).toEqual(
      resultsBank.themes.flatMap((t) => t.questions.map((q) => q.id)),
    );
    expect(comparison.questions.every((q) => q.newState === 'unanswered')).toBe(true);
  });
});

describe('themeTargetMet', () => {
  it.each([
    [null, 2, null],
    [39.9, 2, false],
    [40, 2, true],
    [59, 3, false],
    [60, 3, true],
    [69, 3, true],
    [0, 0, true],
  ] as const)('score %s against target band %s → %s', (score, target, met) => {
    expect(themeTargetMet(score, target)).toBe(met);
  });
});

describe('formatting changes', () => {
  it.each([
    [null, '–'],
    [0, 'No change'],
    [2, '+2'],
    [-1, '−1'],
  ])('shows a level change of %s as %s', (change, shown) => {
    expect(formatChange(change)).toBe(shown);
  });

  it.each([
    [44.6, 45.4, 'No change'], // both display as 45
    [44.4, 45.4, '+1'],
    [62.5, 50, '−13'],
    [null, 50, '–'],
  ])(
    'shows a score change from %s to %s as %s, matching the rounded figures',
    (earlier, now, shown) => {
      expect(formatScoreChange(earlier, now)).toBe(shown);
    },
  );
});
