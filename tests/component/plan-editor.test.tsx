import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/domain/assessment-schema';
import { draftPlan } from '../../src/domain/priorities';
import { PlanEditor } from '../../src/features/plan/plan-editor';
import { assessmentWith, level, resultsBank } from '../fixtures/results-bank';

const TODAY = '2026-06-01';
const weak = assessmentWith({
  'people.one': level(0),
  'people.two': level(1),
  'power.one': level(2),
});
const draft = draftPlan(resultsBank, weak, { people: 2, places: 1, power: 3 });

const own = (id: string, text: string, extra: Partial<PlanAction> = {}): PlanAction => ({
  id,
  text,
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

/** The editor with its plan held in state, as the page holds it in the store; `saved` records every change. */
function setup(initial: PlanAction[], draftPlanned: PlanAction[] = draft) {
  const saved: PlanAction[][] = [];
  let n = 0;
  function Harness() {
    const [plan, setPlan] = useState(initial);
    return (
      <PlanEditor
        assessmentId="a1"
        organisation="Testshire"
        bank={resultsBank}
        plan={plan}
        draft={draftPlanned}
        today={TODAY}
        newId={() => `own:new${++n}`}
        onChange={(next) => {
          saved.push(next);
          setPlan(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  render(<Harness />);
  return { user, saved, last: () => saved.at(-1) ?? initial };
}

const cardTitles = () =>
  within(screen.getByTestId('plan-list'))
    .getAllByRole('heading', { level: 3 })
    .map((h) => h.textContent?.replace(/^\d+\.\s*/, ''));

afterEach(() => {
  cleanup();
  document.title = '';
});

describe('the action plan list', () => {
  it('shows the draft while nothing is saved, and saves it with the first change', async () => {
    const { user, saved } = setup([]);
    expect(screen.getByText(/This is a draft/)).toBeInTheDocument();
    expect(cardTitles()).toEqual(draft.map((a) => a.text));
    expect(saved).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Move down action 1' }));
    expect(saved).toHaveLength(1);
    expect(saved[0]!.map((a) => a.id)).toEqual([
      draft[1]!.id,
      draft[0]!.id,
      ...draft.slice(2).map((a) => a.id),
    ]);
  });

  it('reorders with the keyboard and keeps focus on the pressed button', async () => {
    const plan = [own('own:a', 'Alpha'), own('own:b', 'Bravo'), own('own:c', 'Charlie')];
    const { user } = setup(plan);
    screen.getByRole('button', { name: 'Move down action 1' }).focus();
    await user.keyboard('{Enter}');
    expect(cardTitles()).toEqual(['Bravo', 'Alpha', 'Charlie']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move down action 2' }));
    await user.keyboard('{Enter}');
    expect(cardTitles()).toEqual(['Bravo', 'Charlie', 'Alpha']);
    // Alpha is now last: its "Move down" is gone, so focus moves to its "Move up".
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up action 3' }));
    expect(screen.getByText('Action moved to number 3 of 3.')).toBeInTheDocument();
  });

  it('removes an action, says so, and can undo it', async () => {
    const plan = [own('own:a', 'Alpha'), own('own:b', 'Bravo')];
    const { user, last } = setup(plan);
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(cardTitles()).toEqual(['Bravo']);
    expect(last().map((a) => a.id)).toEqual(['own:b']);
    const banner = screen.getByRole('alert');
    expect(banner).toHaveTextContent('Action removed: Alpha');
    expect(document.activeElement).toBe(banner);
    await user.click(within(banner).getByRole('button', { name: 'Undo' }));
    expect(cardTitles()).toEqual(['Alpha', 'Bravo']);
  });

  it('retires an "Action removed… Undo" banner when new targets give a new draft', async () => {
    // New targets that one theme already meets: its action leaves the draft.
    const other = draft.slice(1);
    function Harness() {
      const [plan, setPlan] = useState([own('own:a', 'Alpha'), own('own:b', 'Bravo')]);
      const [current, setCurrent] = useState(draft);
      return (
        <>
          <button type="button" onClick={() => setCurrent(other)}>
            Save targets
          </button>
          <PlanEditor
            assessmentId="a1"
            organisation="Testshire"
            bank={resultsBank}
            plan={plan}
            draft={current}
            today={TODAY}
            newId={() => 'own:new'}
            onChange={setPlan}
          />
        </>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Remove action 1' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Action removed: Alpha');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(screen.queryByText(/Action removed/)).not.toBeInTheDocument();
  });

  it('flags an overdue action that is not done', () => {
    setup([
      own('own:a', 'Late', { due: '2026-05-01' }),
      own('own:b', 'Finished', { due: '2026-05-01', status: 'done' }),
    ]);
    const [late, finished] = within(screen.getByTestId('plan-list')).getAllByRole('listitem');
    expect(within(late!).getByText('Overdue')).toBeInTheDocument();
    expect(within(finished!).queryByText('Overdue')).not.toBeInTheDocument();
  });
});

describe('adding and changing an action', () => {
  it('adds an action of the user own at the end of the plan', async () => {
    const { user, last } = setup([own('own:a', 'Alpha')]);
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Add an action' })).toHaveFocus();
    await user.type(screen.getByLabelText('Action'), 'Hold a residents’ forum');
    await user.selectOptions(screen.getByLabelText('Theme'), 'places');
    await user.selectOptions(screen.getByLabelText('Question it serves (optional)'), 'places.two');
    await user.click(screen.getByLabelText('Low'));
    await user.type(screen.getByLabelText('Owner'), 'Community team');
    await user.type(screen.getByLabelText('Day'), '5');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2027');
    await user.click(screen.getByLabelText('In progress'));
    await user.type(screen.getByLabelText('Success measure (optional)'), 'Forum held twice a year');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(cardTitles()).toEqual(['Alpha', 'Hold a residents’ forum']);
    expect(last()[1]).toEqual({
      id: 'own:new1',
      origin: null,
      text: 'Hold a residents’ forum',
      themeId: 'places',
      questionId: 'places.two',
      priority: 'low',
      owner: 'Community team',
      due: '2027-03-05',
      status: 'in-progress',
      measure: 'Forum held twice a year',
      resources: '',
      needsDecision: false,
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Action added');
  });

  it('changes an action and keeps its place, id and origin', async () => {
    const { user, last } = setup([own('own:a', 'Alpha'), { ...draft[0]!, owner: '' }]);
    await user.click(screen.getByRole('button', { name: 'Change action 2' }));
    const owner = screen.getByLabelText('Owner');
    await user.type(owner, 'Chief executive');
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(last()[1]).toEqual({ ...draft[0]!, owner: 'Chief executive' });
  });

  it('cancels without saving anything', async () => {
    const { user, saved } = setup([own('own:a', 'Alpha')]);
    await user.click(screen.getByRole('button', { name: 'Change action 1' }));
    await user.clear(screen.getByLabelText('Action'));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(cardTitles()).toEqual(['Alpha']);
    expect(saved).toEqual([]);
    expect(screen.getByRole('button', { name: 'Change action 1' })).toHaveFocus();
  });
});

describe('validation in the GOV.UK pattern', () => {
  it('lists every error in a summary that takes focus, with a message at each field and "Error:" in the title', async () => {
    const { user, saved } = setup([]);
    await user.click(screen.getByRole('button', { name: 'Add an action' }));
    await user.click(screen.getByLabelText('High'));
    await user.type(screen.getByLabelText('Month'), '13');
    await user.click(screen.getByRole('button', { name: 'Save action' }));

    const summary = screen.getByRole('alert').closest('.govuk-error-summary') as HTMLElement;
    // The summary takes focus in an effect after the (asynchronous) validation has rendered it.
    await waitFor(() => expect(summary).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Enter a description of the action', '#action-text'],
      // No theme is chosen for the user.
      ['Select the theme the action serves', '#action-themeId'],
      ['Enter an owner: a high-priority action needs someone responsible for it', '#action-owner'],
      ['Due date must include a day and year', '#action-due-day'],
    ]);
    expect(document.title).toMatch(/^Error: Add an action – /);
    expect(screen.getByLabelText('Action')).toHaveAccessibleDescription(
      /Error: Enter a description of the action/,
    );
    expect(screen.getByLabelText('Owner')).toHaveAccessibleDescription(/Error: Enter an owner/);
    expect(screen.getByLabelText('Owner')).toHaveClass('govuk-input--error');
    expect(saved).toEqual([]);

    await user.click(links[2]!);
    expect(screen.getByLabelText('Owner')).toHaveFocus();
  });

  it.each([
    ['high', '', false],
    ['high', 'Ann', true],
    ['medium', '', true],
    ['low', '', true],
  ] as const)('a %s-priority action with owner "%s" saves: %s', async (priority, owner, saves) => {
    const { user, saved } = setup([own('own:a', 'Alpha', { priority: 'low' })]);
    await user.click(screen.getByRole('button', { name: 'Change action 1' }));
    await user.click(
      screen.getByLabelText({ high: 'High', medium: 'Medium', low: 'Low' }[priority]),
    );
    if (owner) await user.type(screen.getByLabelText('Owner'), owner);
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(saved.length > 0).toBe(saves);
  });

  it('warns about a due date in the past but saves it', async () => {
    const { user, last } = setup([own('own:a', 'Alpha')]);
    await user.click(screen.getByRole('button', { name: 'Change action 1' }));
    await user.type(screen.getByLabelText('Day'), '1');
    await user.type(screen.getByLabelText('Month'), '1');
    await user.type(screen.getByLabelText('Year'), '2026');
    expect(screen.getByText(/This date is in the past/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save action' }));
    expect(screen.queryByText('There is a problem')).not.toBeInTheDocument();
    expect(last()[0]?.due).toBe('2026-01-01');
    expect(screen.getByText('Overdue')).toBeInTheDocument();
  });
});

describe('updating the plan from the priorities', () => {
  it('adds missing suggestions and keeps edits without asking when nothing would be removed', async () => {
    const edited = { ...draft[1]!, owner: 'Ann', text: 'Our wording' };
    const { user, last } = setup([own('own:a', 'Alpha'), edited]);
    await user.click(screen.getByRole('button', { name: 'Update the plan from your priorities' }));
    expect(last().slice(0, 2)).toEqual([own('own:a', 'Alpha'), edited]);
    expect(last().map((a) => a.id)).toEqual(['own:a', edited.id, draft[0]!.id, draft[2]!.id]);
    expect(screen.getByRole('alert')).toHaveTextContent('2 suggested actions added');
  });

  it('asks before removing untouched suggestions that no longer apply, and keeps them if told to', async () => {
    const stale = { ...draft[0]!, origin: 'people.one#start', id: 'suggested:people.one#start' };
    const newDraft = draft.slice(1);
    const { user, saved } = setup([stale, own('own:a', 'Alpha')], newDraft);
    await user.click(screen.getByRole('button', { name: 'Update the plan from your priorities' }));
    const confirm = screen.getByRole('region', {
      name: 'Remove suggestions that no longer apply?',
    });
    expect(confirm).toHaveFocus();
    expect(within(confirm).getByText(stale.text)).toBeInTheDocument();
    expect(saved).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(saved.at(-1)!.map((a) => a.id)).toEqual([
      stale.id,
      'own:a',
      ...newDraft.map((a) => a.id),
    ]);
  });

  it('removes them when the user agrees', async () => {
    const newDraft = draft.slice(1);
    const { user, last } = setup([draft[0]!, own('own:a', 'Alpha')], newDraft);
    await user.click(screen.getByRole('button', { name: 'Update the plan from your priorities' }));
    await user.click(screen.getByRole('button', { name: 'Remove it' }));
    expect(last().map((a) => a.id)).toEqual(['own:a', ...newDraft.map((a) => a.id)]);
  });
});
