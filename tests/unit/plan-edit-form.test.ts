import { describe, expect, it } from 'vitest';
import {
  actionFormSchema,
  emptyFormValues,
  fromFormValues,
  toFormValues,
  type ActionFormValues,
} from '../../src/features/plan/action-form-schema';
import type { PlanAction } from '../../src/domain/assessment-schema';

const valid: ActionFormValues = {
  ...emptyFormValues('people'),
  text: 'Map every grant',
  priority: 'medium',
};

const messages = (v: ActionFormValues) => {
  const r = actionFormSchema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the action form rules', () => {
  it.each([
    ['a description and a priority are enough', {}, []],
    ['a description is required', { text: '   ' }, ['text: Enter a description of the action']],
    ['a priority is required', { priority: '' }, ['priority: Select a priority']],
    [
      'a high-priority action needs an owner',
      { priority: 'high' },
      ['owner: Enter an owner: a high-priority action needs someone responsible for it'],
    ],
    ['a high-priority action with an owner is fine', { priority: 'high', owner: 'Ann' }, []],
    ['a low-priority action needs no owner', { priority: 'low' }, []],
    ['a whole due date is fine', { dueDay: '5', dueMonth: '3', dueYear: '2027' }, []],
    ['a due date in the past is allowed', { dueDay: '1', dueMonth: '1', dueYear: '2001' }, []],
    [
      'a due date missing its year is an error on the year',
      { dueDay: '5', dueMonth: '3' },
      ['dueYear: Due date must include a year'],
    ],
    [
      'an impossible due date is an error',
      { dueDay: '31', dueMonth: '4', dueYear: '2027' },
      ['dueDay: Due date must be a real date'],
    ],
    [
      'a long owner is an error',
      { owner: 'x'.repeat(201) },
      ['owner: Owner must be 200 characters or fewer'],
    ],
  ] as const)('%s', (_, change, expected) => {
    expect(messages({ ...valid, ...change } as ActionFormValues)).toEqual(expected);
  });
});

describe('between a plan action and the form', () => {
  const action: PlanAction = {
    id: 'suggested:people.one#start',
    text: 'Start work',
    themeId: 'people',
    questionId: 'people.one',
    priority: 'high',
    owner: 'Ann',
    due: '2027-03-05',
    status: 'in-progress',
    measure: 'Done',
    resources: '',
    needsDecision: false,
    origin: 'people.one#start',
  };

  it('gives back the same action, keeping its id and origin', () => {
    expect(fromFormValues(toFormValues(action), action)).toEqual(action);
  });

  it('stores no question and no date as null and empty, and trims the text', () => {
    const saved = fromFormValues(
      { ...valid, text: '  Map every grant  ', owner: ' Bo ' },
      { id: 'own:1', origin: null },
    );
    expect(saved).toMatchObject({
      id: 'own:1',
      origin: null,
      text: 'Map every grant',
      owner: 'Bo',
      questionId: null,
      due: '',
    });
  });
});
