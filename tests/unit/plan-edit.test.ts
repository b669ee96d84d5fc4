import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/domain/assessment-schema';
import {
  applyDraftMerge,
  dateToParts,
  isOverdue,
  isPastDate,
  isUntouchedSuggestion,
  mergeDraft,
  moveAction,
  newActionId,
  parseDateParts,
  removeAction,
  upsertAction,
} from '../../src/domain/plan-edit';
import { draftPlan } from '../../src/domain/priorities';
import { assessmentWith, level, resultsBank } from '../fixtures/results-bank';

const action = (id: string, extra: Partial<PlanAction> = {}): PlanAction => ({
  id,
  text: `Action ${id}`,
  themeId: 'people',
  questionId: null,
  priority: 'medium',
  owner: '',
  due: '',
  status: 'not-started',
  measure: '',
  resources: '',
  needsDecision: false,
  origin: null,
  ...extra,
});

const ids = (plan: PlanAction[]) => plan.map((a) => a.id);

describe('list operations', () => {
  const plan = [action('a'), action('b'), action('c')];

  it.each([
    ['a', 1, ['b', 'a', 'c']],
    ['b', -1, ['b', 'a', 'c']],
    ['b', 1, ['a', 'c', 'b']],
    ['a', -1, ['a', 'b', 'c']], // already first
    ['c', 1, ['a', 'b', 'c']], // already last
    ['x', 1, ['a', 'b', 'c']], // unknown id
  ] as const)('moving %s by %s gives %j', (id, by, order) => {
    expect(ids(moveAction(plan, id, by))).toEqual(order);
  });

  it('removes only the named action', () => {
    expect(ids(removeAction(plan, 'b'))).toEqual(['a', 'c']);
  });

  it('replaces an action with the same id in place, and appends a new one', () => {
    const changed = upsertAction(plan, action('b', { owner: 'Ann' }));
    expect(ids(changed)).toEqual(['a', 'b', 'c']);
    expect(changed[1]?.owner).toBe('Ann');
    expect(ids(upsertAction(plan, action('d')))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives an added action an id no other action has', () => {
    const values = ['1', '1', '2'];
    const id = newActionId([action('own:1')], () => values.shift()!);
    expect(id).toBe('own:2');
  });
});

describe('updating the plan from the priorities', () => {
  const weak = assessmentWith({
    'people.one': level(0),
    'people.two': level(1),
    'power.one': level(2),
  });
  const targets = { people: 2, places: 1, power: 3 } as const;
  const draft = draftPlan(resultsBank, weak, targets);

  it('treats a suggestion as untouched only while it is exactly as drafted', () => {
    const suggestion = draft[0]!;
    expect(isUntouchedSuggestion(suggestion, resultsBank)).toBe(true);
    expect(isUntouchedSuggestion({ ...suggestion, priority: 'low' }, resultsBank)).toBe(true);
    expect.soft(isUntouchedSuggestion({ ...suggestion, owner: 'Ann' }, resultsBank)).toBe(false);
    expect
      .soft(isUntouchedSuggestion({ ...suggestion, text: 'Reworded' }, resultsBank))
      .toBe(false);
    expect
      .soft(isUntouchedSuggestion({ ...suggestion, due: '2027-01-01' }, resultsBank))
      .toBe(false);
    expect
      .soft(isUntouchedSuggestion({ ...suggestion, measure: 'Done by March' }, resultsBank))
      .toBe(false);
    expect
      .soft(isUntouchedSuggestion({ ...suggestion, status: 'in-progress' }, resultsBank))
      .toBe(false);
    expect(isUntouchedSuggestion(action('own:1'), resultsBank)).toBe(false);
  });

  it('keeps edited suggestions and own actions, in the user order, and adds missing suggestions after them', () => {
    const [first, second] = draft;
    const plan = [
      action('own:1', { text: 'Our own idea' }),
      { ...second!, owner: 'Ann', text: 'Our wording' },
    ];
    const merge = mergeDraft(plan, draft, resultsBank);
    expect(merge.kept.slice(0, 2)).toEqual(plan);
    expect(ids(merge.added)).toEqual(ids(draft.filter((a) => a.id !== second!.id)));
    expect(ids(merge.kept)).toContain(first!.id);
    expect(merge.stale).toEqual([]);
  });

  it('sets aside untouched suggestions that no longer apply, and removes them only when told to', () => {
    const improved = assessmentWith({
      'people.one': level(3),
      'people.two': level(3),
      'power.one': level(3),
    });
    const newDraft = draftPlan(resultsBank, improved, targets);
    const edited = { ...draft[1]!, status: 'in-progress' as const };
    const plan = [draft[0]!, edited, action('own:1')];
    const merge = mergeDraft(plan, newDraft, resultsBank);
    expect(ids(merge.stale)).toEqual([draft[0]!.id]);
    expect(ids(merge.staleEdited)).toEqual([edited.id]);
    expect(ids(applyDraftMerge(merge, false))).toEqual(ids(merge.kept));
    expect(ids(applyDraftMerge(merge, true))).toEqual(
      ids(merge.kept).filter((id) => id !== draft[0]!.id),
    );
    expect(applyDraftMerge(merge, true)).toContainEqual(edited);
  });

  it('changes nothing when the plan already holds the draft', () => {
    const merge = mergeDraft(draft, draft, resultsBank);
    expect(merge).toEqual({ kept: draft, added: [], stale: [], staleEdited: [] });
  });

  it('builds the whole draft into an empty plan', () => {
    expect(mergeDraft([], draft, resultsBank).kept).toEqual(draft);
  });
});

describe('due dates', () => {
  it.each([
    ['', '2026-05-01', false],
    ['2026-04-30', '2026-05-01', true],
    ['2026-05-01', '2026-05-01', false],
    ['2027-01-01', '2026-05-01', false],
  ])('due %j on %s is in the past: %s', (due, today, past) => {
    expect(isPastDate(due, today)).toBe(past);
  });

  it('does not call a finished action overdue', () => {
    expect(isOverdue(action('a', { due: '2020-01-01' }), '2026-01-01')).toBe(true);
    expect(isOverdue(action('a', { due: '2020-01-01', status: 'done' }), '2026-01-01')).toBe(false);
  });

  it.each([
    [
      { day: '', month: '', year: '' },
      { ok: true, value: '' },
    ],
    [
      { day: '5', month: '3', year: '2027' },
      { ok: true, value: '2027-03-05' },
    ],
    [
      { day: ' 29 ', month: '02', year: '2028' },
      { ok: true, value: '2028-02-29' },
    ],
    [
      { day: '29', month: '2', year: '2027' },
      { ok: false, message: 'Due date must be a real date', fields: ['day'] },
    ],
    [
      { day: '1', month: '13', year: '2027' },
      { ok: false, message: 'Due date must be a real date', fields: ['month'] },
    ],
    [
      { day: '', month: '3', year: '2027' },
      { ok: false, message: 'Due date must include a day', fields: ['day'] },
    ],
    [
      { day: '', month: '', year: '2027' },
      { ok: false, message: 'Due date must include a day and month', fields: ['day', 'month'] },
    ],
    [
      { day: '1', month: '2', year: '27' },
      { ok: false, message: 'Year must include 4 numbers', fields: ['year'] },
    ],
    [
      { day: 'x', month: '2', year: '2027' },
      { ok: false, message: 'Due date must be a real date', fields: ['day'] },
    ],
  ])('reads %j as %j', (parts, parsed) => {
    expect(parseDateParts(parts, 'Due date')).toEqual(parsed);
  });

  it('turns a stored date back into the three boxes', () => {
    expect(dateToParts('2027-03-05')).toEqual({ day: '5', month: '3', year: '2027' });
    expect(dateToParts('')).toEqual({ day: '', month: '', year: '' });
  });
});
