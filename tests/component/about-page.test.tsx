import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { AboutPage } from '../../src/features/setup/about-page';
import { library } from '../../src/store/library-store';
import { renderAt, useFixtureBank } from './journey-helpers';

beforeEach(async () => {
  useFixtureBank();
  await library.init();
});

describe('About the assessment form', () => {
  it('shows an error summary that takes focus and links to each field, with "Error:" in the title', async () => {
    const user = userEvent.setup();
    renderAt(<AboutPage params={{}} />, '/new');
    await user.clear(screen.getByLabelText('Day'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => expect(summary.closest('.govuk-error-summary')).toHaveFocus());
    const links = within(summary).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Enter the name of the council being assessed',
      'Select the type of authority',
      'Select your role',
      'Date of the assessment must include a day',
    ]);
    expect(document.title).toBe('Error: About the assessment – Big Society Readiness');

    await user.click(within(summary).getByRole('link', { name: 'Select the type of authority' }));
    expect(screen.getByLabelText('County council')).toHaveFocus();
    await user.click(
      within(summary).getByRole('link', { name: 'Date of the assessment must include a day' }),
    );
    expect(screen.getByLabelText('Day')).toHaveFocus();
    // Each field also carries its own message.
    expect(screen.getByLabelText('Council being assessed')).toHaveAccessibleDescription(
      /Error: Enter the name of the council being assessed/,
    );
  });

  it.each([
    ['31', '2', '2026', 'Date of the assessment must be a real date'],
    ['', '', '', 'Enter the date of the assessment'],
    ['1', '', '', 'Date of the assessment must include a month and year'],
    ['1', '2', '26', 'Year must include 4 numbers'],
  ])('reports the date %s/%s/%s as "%s"', async (day, month, year, message) => {
    const user = userEvent.setup();
    renderAt(<AboutPage params={{}} />, '/new');
    for (const [label, value] of [
      ['Day', day],
      ['Month', month],
      ['Year', year],
    ] as const) {
      await user.clear(screen.getByLabelText(label));
      if (value) await user.type(screen.getByLabelText(label), value);
    }
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeInTheDocument();
  });

  it('highlights only the date boxes that are wrong, and links the summary to the first of them', async () => {
    const user = userEvent.setup();
    renderAt(<AboutPage params={{}} />, '/new');
    await user.clear(screen.getByLabelText('Month'));
    await user.clear(screen.getByLabelText('Year'));
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    const summary = await screen.findByRole('alert');
    const wrong = ['Day', 'Month', 'Year'].filter((l) =>
      screen.getByLabelText(l).classList.contains('govuk-input--error'),
    );
    expect(wrong).toEqual(['Month', 'Year']);
    await user.click(
      within(summary).getByRole('link', {
        name: 'Date of the assessment must include a month and year',
      }),
    );
    expect(screen.getByLabelText('Month')).toHaveFocus();
  });

  it('creates the assessment and opens its task list when the answers are valid', async () => {
    const user = userEvent.setup();
    const { history } = renderAt(<AboutPage params={{}} />, '/new');
    await user.type(screen.getByLabelText('Council being assessed'), 'Eastvale District Council');
    await user.click(screen.getByLabelText('District council'));
    await user.click(screen.getByLabelText('Elected member'));
    await user.type(
      screen.getByLabelText('Your organisation, if it is not the council (optional)'),
      '  Eastvale CVS ',
    );
    await user.clear(screen.getByLabelText('Day'));
    await user.type(screen.getByLabelText('Day'), '3');
    await user.clear(screen.getByLabelText('Month'));
    await user.type(screen.getByLabelText('Month'), '4');
    await user.clear(screen.getByLabelText('Year'));
    await user.type(screen.getByLabelText('Year'), '2026');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));

    await waitFor(() => expect(history.at(-1)).toMatch(/^\/a\/.+\/tasks$/));
    const id = history.at(-1)!.split('/')[2]!;
    const saved = library.useStore.getState().assessments[id];
    expect(saved?.about).toEqual({
      organisation: 'Eastvale District Council',
      respondentOrganisation: 'Eastvale CVS',
      authorityType: 'district',
      role: 'member',
      date: '2026-04-03',
      marking: 'OFFICIAL',
    });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
