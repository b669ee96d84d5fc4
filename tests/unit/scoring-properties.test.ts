// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../../src/domain/assessment-schema';
import type { Level, Questionnaire } from '../../src/domain/questionnaire-schema';
import { bandOf, isCriticalGap, scoreAssessment, scoreTheme } from '../../src/domain/scoring';
import {
  dontKnow,
  level,
  makeBank,
  notApplicable,
  unanswered,
  type QuestionSpec,
} from '../fixtures/questionnaires/make-bank';

type Choice =
  | { kind: 'level'; level: Level }
  | { kind: 'dk' }
  | { kind: 'na' }
  | { kind: 'none' }
  | { kind: 'empty' };

const choiceArb: fc.Arbitrary<Choice> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: 0, max: 4 })
      .map((n) => ({ kind: 'level' as const, level: n as Level })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'dk' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'na' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'empty' as const }) },
);

// Weights as the bank allows them: positive, at most 10; halves and awkward decimals included.
const weightArb = fc.oneof(
  fc.integer({ min: 1, max: 10 }),
  fc.integer({ min: 1, max: 20 }).map((n) => n / 2),
  fc.double({ min: 0.01, max: 10, noNaN: true }),
);

type Case = { bank: Questionnaire; choices: Choice[][] };

const caseArb: fc.Arbitrary<Case> = fc
  .array(
    fc.array(fc.record({ weight: weightArb, critical: fc.boolean(), choice: choiceArb }), {
      minLength: 1,
      maxLength: 8,
    }),
    {
      minLength: 1,
      maxLength: 5,
    },
  )
  .map((themes) => {
    const spec: Record<string, QuestionSpec[]> = {};
    themes.forEach((qs, t) => {
      spec[`t${t}`] = qs.map((q, i) => ({
        id: `t${t}.q${i}`,
        weight: q.weight,
        critical: q.critical,
      }));
    });
    return { bank: makeBank(spec), choices: themes.map((qs) => qs.map((q) => q.choice)) };
  });

function answerOf(c: Choice): Answer | undefined {
  if (c.kind === 'level') return level(c.level);
  if (c.kind === 'dk') return dontKnow;
  if (c.kind === 'na') return notApplicable;
  if (c.kind === 'empty') return unanswered;
  return undefined;
}

function answersOf(
  { bank, choices }: Case,
  keep: (c: Choice) => boolean = () => true,
): Assessment['answers'] {
  const answers: Assessment['answers'] = {};
  bank.themes.forEach((theme, t) =>
    theme.questions.forEach((q, i) => {
      const c = choices[t]![i]!;
      const a = answerOf(c);
      if (a && keep(c)) answers[q.id] = a;
    }),
  );
  return answers;
}

const inRange = (n: number | null) => n === null || (n >= 0 && n <= 100);

describe('scoring properties', () => {
  it('gives what scoring each theme, then finding the gaps in a second pass, gave (one pass now)', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const answers = answersOf(c);
        const themes = c.bank.themes.map((t) => scoreTheme(t, answers));
        const scores = themes.flatMap((t) => (t.score === null ? [] : [t.score]));
        const overall =
          scores.length > 0 ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
        const questions = c.bank.themes.flatMap((t) => t.questions);
        expect(scoreAssessment(c.bank, { answers })).toEqual({
          themes,
          overall,
          overallBand: overall === null ? null : bandOf(overall),
          criticalGaps: questions.filter((q) => isCriticalGap(q, answers[q.id])).map((q) => q.id),
          evidenceGaps: questions
            .filter((q) => answers[q.id]?.response?.kind === 'dont-know')
            .map((q) => q.id),
        });
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every theme score and the overall score within 0-100, and coverage within 0-1', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = scoreAssessment(c.bank, { answers: answersOf(c) });
        expect(r.themes.every((t) => inRange(t.score) && t.coverage >= 0 && t.coverage <= 1)).toBe(
          true,
        );
        expect(inRange(r.overall)).toBe(true);
      }),
    );
  });

  it('puts a theme score between its lowest and highest level × 25', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const r = scoreAssessment(c.bank, { answers: answersOf(c) });
        r.themes.forEach((theme, t) => {
          const levels = c.choices[t]!.flatMap((x) => (x.kind === 'level' ? [x.level] : []));
          if (levels.length === 0) expect(theme.score).toBeNull();
          else {
            expect(theme.score).toBeGreaterThanOrEqual(Math.min(...levels) * 25 - 1e-9);
            expect(theme.score).toBeLessThanOrEqual(Math.max(...levels) * 25 + 1e-9);
          }
        });
      }),
    );
  });

  it('ignores "Don\'t know" and "Not applicable": removing them changes no score, coverage, band or critical gap', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const all = scoreAssessment(c.bank, { answers: answersOf(c) });
        const without = scoreAssessment(c.bank, {
          answers: answersOf(c, (x) => x.kind !== 'dk' && x.kind !== 'na'),
        });
        expect(without.themes.map((t) => [t.score, t.band, t.coverage, t.provisional])).toEqual(
          all.themes.map((t) => [t.score, t.band, t.coverage, t.provisional]),
        );
        expect(without.overall).toBe(all.overall);
        expect(without.criticalGaps).toEqual(all.criticalGaps);
      }),
    );
  });

  it('does not depend on the order of the answers object', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => {
          const entries = Object.entries(answersOf(c));
          return fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }),
          );
        }),
        ([c, shuffled]) => {
          const ordered = scoreAssessment(c.bank, { answers: answersOf(c) });
          const reordered = scoreAssessment(c.bank, { answers: Object.fromEntries(shuffled) });
          expect(reordered).toEqual(ordered);
        },
      ),
    );
  });

  it('does not depend on the order of the questions within a theme', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => {
          const theme = c.bank.themes[0]!;
          return fc.tuple(
            fc.constant(c),
            fc.shuffledSubarray(theme.questions, {
              minLength: theme.questions.length,
              maxLength: theme.questions.length,
            }),
          );
        }),
        ([c, shuffled]) => {
          const answers = answersOf(c);
          const theme = c.bank.themes[0]!;
          const a = scoreTheme(theme, answers);
          const b = scoreTheme({ ...theme, questions: shuffled }, answers);
          // Summing in another order can differ in the last bits of a double.
          if (a.score === null) expect(b.score).toBeNull();
          else expect(b.score).toBeCloseTo(a.score, 9);
          expect(b.coverage).toBe(a.coverage);
          expect(b.provisional).toBe(a.provisional);
        },
      ),
    );
  });

  it('never lowers a theme score when one answer rises a level', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(), (c, pick) => {
        const levelled = c.choices.flatMap((qs, t) =>
          qs.flatMap((x, i) =>
            x.kind === 'level' && x.level < 4 ? [{ t, i, level: x.level }] : [],
          ),
        );
        fc.pre(levelled.length > 0);
        const chosen = levelled[pick % levelled.length]!;
        const before = scoreTheme(c.bank.themes[chosen.t]!, answersOf(c));
        const raised = answersOf(c);
        raised[`t${chosen.t}.q${chosen.i}`] = level((chosen.level + 1) as Level);
        const after = scoreTheme(c.bank.themes[chosen.t]!, raised);
        expect(after.score!).toBeGreaterThan(before.score!);
      }),
    );
  });

  it('ignores answers to questions the bank does not have', () => {
    fc.assert(
      fc.property(caseArb, fc.integer({ min: 0, max: 4 }), (c, n) => {
        const extra = { ...answersOf(c), 'zz.not-in-bank': level(n as Level) };
        expect(scoreAssessment(c.bank, { answers: extra })).toEqual(
          scoreAssessment(c.bank, { answers: answersOf(c) }),
        );
      }),
    );
  });
});
