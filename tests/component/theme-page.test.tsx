import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThemePage } from '../../src/features/questionnaire/theme-page';
import { library } from '../../src/store/library-store';
import { makeAssessment, renderAt, useFixtureBank } from './journey-helpers';

const answers = () => library.useStore.getState().assessments.a1?.answers ?? {};
const scrutiny = 'Do councillors scrutinise services delivered by community groups?';
const transparency = 'Does the council publish how money given to community groups is spent?';

beforeEach(async () => {
  useFixtureBank();
  await library.init();
  library.removeAssessment('a1');
  library.addAssessments([makeAssessment()]);
  await library.flush();
});

const renderTheme = (questionId?: string) =>
  renderAt(
    <ThemePage params={{ id: 'a1', themeId: 'accountability', questionId }} />,
    `/a/a1/theme/accountability${questionId ? `/${questionId}` : ''}`,
  );

describe('theme page', () => {
  it('puts each question’s options in a fieldset whose legend is the question', () => {
    renderTheme();
    const group = screen.getByRole('group', { name: new RegExp(scrutiny.replace('?', '\\?')) });
    const options = within(group)
      .getAllByRole('radio')
      .map((r) => r.closest('.govuk-radios__item')?.querySelector('label')?.textContent);
    expect(options).toEqual([
      '0 – Not started',
      '1 – Emerging',
      '2 – Developing',
      '3 – Established',
      '4 – Leading',
      'Don’t know',
      'Not applicable to this council',
    ]);
    expect(
      within(group).getByRole('radio', { name: '2 – Developing' }),
    ).toHaveAccessibleDescription(/partly in place/);
  });

  it('saves a level as soon as it is chosen and counts it as answered', async () => {
    const user = userEvent.setup();
    renderTheme();
    expect(screen.getByText('0 of 2 questions answered')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: new RegExp(scrutiny.replace('?', '\\?')) });
    await user.click(within(group).getByRole('radio', { name: '3 – Established' }));
    expect(answers()['accountability.scrutiny']).toEqual({
      response: { kind: 'level', level: 3 },
      notes: '',
      evidence: '',
    });
    expect(screen.getByText('1 of 2 questions answered')).toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Don’t know' }));
    expect(answers()['accountability.scrutiny']?.response).toEqual({ kind: 'dont-know' });
    await user.click(
      within(group.closest('section')!).getByRole('button', { name: /Clear the answer/ }),
    );
    expect(answers()['accountability.scrutiny']).toBeUndefined();
  });

  it('asks why when "Not applicable" is chosen, and saves the reason', async () => {
    const user = userEvent.setup();
    renderTheme();
    const group = screen.getByRole('group', { name: new RegExp(transparency.replace('?', '\\?')) });
    expect(screen.queryByLabelText('Why does this not apply?')).not.toBeInTheDocument();
    await user.click(within(group).getByRole('radio', { name: 'Not applicable to this council' }));
    const reason = screen.getByLabelText('Why does this not apply?');
    await user.type(reason, 'No grants');
    await user.tab();
    expect(answers()['accountability.transparency']?.response).toEqual({
      kind: 'not-applicable',
      reason: 'No grants',
    });
  });

  it('saves notes after a pause in typing, without waiting for the field to lose focus', async () => {
    const user = userEvent.setup();
    renderTheme();
    const notes = screen.getAllByLabelText(/Notes \(optional\)/)[0]!;
    await user.type(notes, 'Scrutiny met in May');
    expect(notes).toHaveFocus();
    await waitFor(() =>
      expect(answers()['accountability.scrutiny']?.notes).toBe('Scrutiny met in May'),
    );
    expect(answers()['accountability.scrutiny']?.response).toBeNull();
  });

  it('saves evidence at once when the field loses focus, and when the page goes away', async () => {
    const user = userEvent.setup();
    const { unmount } = renderTheme();
    const [first, second] = screen.getAllByLabelText(/Evidence \(optional\)/);
    await user.type(first!, 'Minutes');
    await user.tab();
    expect(answers()['accountability.scrutiny']?.evidence).toBe('Minutes');
    await user.type(second!, 'Budget book');
    act(() => unmount());
    expect(answers()['accountability.transparency']?.evidence).toBe('Budget book');
  });

  it('shows an answer changed elsewhere (another tab) when nothing is being typed', async () => {
    renderTheme();
    act(() =>
      library.updateAssessment('a1', (a) => ({
        ...a,
        answers: {
          ...a.answers,
          'accountability.scrutiny': {
            response: { kind: 'level', level: 1 },
            notes: 'From elsewhere',
            evidence: '',
          },
        },
      })),
    );
    const group = screen.getByRole('group', { name: new RegExp(scrutiny.replace('?', '\\?')) });
    expect(within(group).getByRole('radio', { name: '1 – Emerging' })).toBeChecked();
    expect(screen.getAllByLabelText(/Notes \(optional\)/)[0]).toHaveValue('From elsewhere');
  });

  it('focuses the question a change link points at', async () => {
    renderTheme('accountability.transparency');
    await waitFor(() =>
      expect(
        screen.getByRole('heading', { name: new RegExp(transparency.replace('?', '\\?')) }),
      ).toHaveFocus(),
    );
  });

  it('folds a question answered before the page opened to its answer, with notes and evidence noted', () => {
    library.updateAssessment('a1', (a) => ({
      ...a,
      answers: {
        'accountability.scrutiny': {
          response: { kind: 'level', level: 3 },
          notes: '',
          evidence: 'Committee minutes',
        },
      },
    }));
    renderTheme();
    const section = screen
      .getByRole('heading', { name: new RegExp(scrutiny.replace('?', '\\?')) })
      .closest('section')!;
    expect(within(section).queryByRole('radio')).not.toBeInTheDocument();
    expect(section).toHaveTextContent(/Question 1 of 2 · critical question · answered/);
    expect(section).toHaveTextContent('3 – Established');
    expect(section).toHaveTextContent('With evidence.');
    // The other question, unanswered, is open.
    expect(
      screen.getByRole('group', { name: new RegExp(transparency.replace('?', '\\?')) }),
    ).toBeInTheDocument();
  });

  it('opens a folded question with "Change" on its chosen option, and "Done" folds it again', async () => {
    const user = userEvent.setup();
    library.updateAssessment('a1', (a) => ({
      ...a,
      answers: {
        'accountability.scrutiny': { response: { kind: 'dont-know' }, notes: '', evidence: '' },
      },
    }));
    renderTheme();
    await user.click(screen.getByRole('button', { name: /Change the answer to question 1/ }));
    const group = screen.getByRole('group', { name: new RegExp(scrutiny.replace('?', '\\?')) });
    const dontKnow = within(group).getByRole('radio', { name: 'Don’t know' });
    expect(dontKnow).toBeChecked();
    expect(dontKnow).toHaveFocus();
    await user.click(within(group).getByRole('radio', { name: '2 – Developing' }));
    // Still open after a choice, so arrow keys can move through the options.
    expect(within(group).getByRole('radio', { name: '2 – Developing' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Done with question 1' }));
    expect(
      screen.queryByRole('group', { name: new RegExp(scrutiny.replace('?', '\\?')) }),
    ).not.toBeInTheDocument();
    const change = screen.getByRole('button', { name: /Change the answer to question 1/ });
    expect(change).toHaveFocus();
    expect(answers()['accountability.scrutiny']?.response).toEqual({ kind: 'level', level: 2 });
  });

  it('keeps a question that a change link points at open, even when it is answered', async () => {
    library.updateAssessment('a1', (a) => ({
      ...a,
      answers: {
        'accountability.transparency': { response: { kind: 'dont-know' }, notes: '', evidence: '' },
      },
    }));
    renderTheme('accountability.transparency');
    const group = screen.getByRole('group', { name: new RegExp(transparency.replace('?', '\\?')) });
    expect(within(group).getByRole('radio', { name: 'Don’t know' })).toBeChecked();
  });
});
