import { describe, expect, it } from 'vitest';
import { choiceOf, responseOf, withAnswer } from '../../src/domain/answer-edits';
import type { Assessment } from '../../src/domain/assessment-schema';
import { assessmentProgress, themeProgress } from '../../src/domain/progress';
import { fixtureBank, makeAssessment } from '../component/journey-helpers';

const theme = fixtureBank.themes[0]!; // accountability: scrutiny, transparency
const answer = (response: Assessment['answers'][string]['response'], notes = '') => ({
  response,
  notes,
  evidence: '',
});

describe('theme status on the task list', () => {
  it.each<[string, Assessment['answers'], string, number]>([
    ['nothing answered', {}, 'not-started', 0],
    [
      'only notes written',
      { 'accountability.scrutiny': answer(null, 'thinking') },
      'not-started',
      0,
    ],
    [
      'one of two answered',
      { 'accountability.scrutiny': answer({ kind: 'level', level: 0 }) },
      'in-progress',
      1,
    ],
    [
      'both answered, with "Don’t know" and "Not applicable"',
      {
        'accountability.scrutiny': answer({ kind: 'dont-know' }),
        'accountability.transparency': answer({ kind: 'not-applicable', reason: '' }),
      },
      'completed',
      2,
    ],
  ])('%s', (_label, answers, status, answered) => {
    expect(themeProgress(theme, answers)).toMatchObject({ status, answered, total: 2 });
  });

  it('counts the whole assessment', () => {
    const a = makeAssessment({
      answers: {
        'accountability.scrutiny': answer({ kind: 'level', level: 2 }),
        'capacity.skills': answer({ kind: 'dont-know' }),
      },
    });
    expect(assessmentProgress(fixtureBank, a)).toMatchObject({
      answered: 2,
      total: 10,
      complete: false,
      themesCompleted: 0,
    });
  });
});

describe('editing an answer', () => {
  it('removes an answer left with nothing in it', () => {
    const a = withAnswer(makeAssessment(), 'capacity.skills', {
      response: { kind: 'level', level: 1 },
    });
    expect(withAnswer(a, 'capacity.skills', { response: null }).answers).toEqual({});
  });

  it('keeps notes when the response is cleared', () => {
    const a = withAnswer(makeAssessment(), 'capacity.skills', {
      response: { kind: 'dont-know' },
      notes: 'Ask finance',
    });
    expect(withAnswer(a, 'capacity.skills', { response: null }).answers['capacity.skills']).toEqual(
      answer(null, 'Ask finance'),
    );
  });

  it.each([
    ['level-3', null, { kind: 'level', level: 3 }],
    ['dont-know', { kind: 'level', level: 1 }, { kind: 'dont-know' }],
    ['not-applicable', null, { kind: 'not-applicable', reason: '' }],
    [
      'not-applicable',
      { kind: 'not-applicable', reason: 'kept' },
      { kind: 'not-applicable', reason: 'kept' },
    ],
  ] as const)('choosing %s after %j gives %j', (choice, previous, expected) => {
    const response = responseOf(choice, previous);
    expect(response).toEqual(expected);
    expect(choiceOf(response)).toBe(choice);
  });
});
