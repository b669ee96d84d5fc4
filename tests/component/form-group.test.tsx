import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DateInput,
  dateErrorOf,
  dateErrorTarget,
  type DatePart,
} from '../../src/components/date-input';
import { FormGroup, TextInput } from '../../src/components/form-group';
import { Radios } from '../../src/components/radios';
import type { DateParts } from '../../src/domain/plan-edit';
import { parseDateParts } from '../../src/domain/plan-edit';

afterEach(cleanup);

describe('FormGroup and the fields built on it', () => {
  it('describes a field by its hint and its error, and marks the group and the field as wrong', () => {
    render(<TextInput id="owner" label="Owner" hint="Who is responsible" error="Enter an owner" />);
    const input = screen.getByLabelText('Owner');
    expect(input).toHaveAttribute('aria-describedby', 'owner-hint owner-error');
    expect(input).toHaveAccessibleDescription('Who is responsible Error: Enter an owner');
    expect(input).toHaveClass('govuk-input', 'govuk-input--error');
    expect(input.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
    // The message says "Error:" to screen readers only, and comes above the field.
    const message = document.getElementById('owner-error')!;
    expect(within(message).getByText('Error:')).toHaveClass('govuk-visually-hidden');
    expect(message.compareDocumentPosition(input) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('without an error has no error class, no message and only the hint in the description', () => {
    render(<TextInput id="owner" label="Owner" hint="Who is responsible" />);
    const input = screen.getByLabelText('Owner');
    expect(input).toHaveAttribute('aria-describedby', 'owner-hint');
    expect(input).not.toHaveClass('govuk-input--error');
    expect(input.closest('.govuk-form-group')).not.toHaveClass('govuk-form-group--error');
    expect(document.getElementById('owner-error')).toBeNull();
  });

  it('leaves out aria-describedby when there is neither hint nor error', () => {
    render(<TextInput id="name" label="Name" />);
    expect(screen.getByLabelText('Name')).not.toHaveAttribute('aria-describedby');
  });

  it('puts the description on the fieldset when the group has a legend', () => {
    render(
      <FormGroup id="choice" legend="Pick one" hint="Only one" error="Select one">
        <input id="choice" type="radio" aria-label="First" />
      </FormGroup>,
    );
    const group = screen.getByRole('group', { name: 'Pick one' });
    expect(group).toHaveAttribute('aria-describedby', 'choice-hint choice-error');
    expect(group).toHaveAccessibleDescription('Only one Error: Select one');
  });

  it('gives radios the same error pattern, with the group id on the first option', () => {
    render(
      <Radios
        idPrefix="priority"
        legend="Priority"
        error="Select a priority"
        options={[
          { value: 'high', label: 'High' },
          { value: 'low', label: 'Low' },
        ]}
        inputProps={() => ({ name: 'priority' })}
      />,
    );
    expect(screen.getByLabelText('High')).toHaveAttribute('id', 'priority');
    expect(screen.getByRole('group', { name: 'Priority' })).toHaveAccessibleDescription(
      'Error: Select a priority',
    );
  });
});

/** A date input driven as the workshop form drives it: state, and the domain's rules on submit. */
function DateForm({ required }: { required?: string }) {
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [error, setError] = useState<{ message?: string; wrong: DatePart[] }>({ wrong: [] });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseDateParts(date, 'Date of the meeting', required);
        setError(parsed.ok ? { wrong: [] } : { message: parsed.message, wrong: parsed.fields });
      }}
    >
      <DateInput
        id="meeting"
        legend="Date of the meeting"
        hint="For example, 9 12 2026"
        error={error.message}
        wrong={error.wrong}
        inputProps={(part) => ({
          value: date[part],
          onChange: (e) => setDate((d) => ({ ...d, [part]: e.target.value })),
        })}
      />
      <button type="submit">Save</button>
    </form>
  );
}

const box = (label: string) => screen.getByLabelText(label);
const highlighted = () =>
  ['Day', 'Month', 'Year'].filter((l) => box(l).classList.contains('govuk-input--error'));

describe('DateInput', () => {
  it('is a group named by its legend and described by its hint, with GOV.UK ids for each box', () => {
    render(<DateForm />);
    const group = screen.getByRole('group', { name: 'Date of the meeting' });
    expect(group).toHaveAccessibleDescription('For example, 9 12 2026');
    expect(box('Day')).toHaveAttribute('id', 'meeting-day');
    expect(box('Month')).toHaveAttribute('id', 'meeting-month');
    expect(box('Year')).toHaveAttribute('id', 'meeting-year');
    expect(box('Year')).toHaveAttribute('inputmode', 'numeric');
    expect(highlighted()).toEqual([]);
  });

  it.each([
    ['', '3', '2027', 'Date of the meeting must include a day', ['Day']],
    ['5', '', '', 'Date of the meeting must include a month and year', ['Month', 'Year']],
    ['5', '13', '2027', 'Date of the meeting must be a real date', ['Month']],
    ['31', '4', '2027', 'Date of the meeting must be a real date', ['Day']],
    ['5', '3', '27', 'Year must include 4 numbers', ['Year']],
  ])(
    'day %j, month %j, year %j: "%s", highlighting only %j',
    async (day, month, year, message, wrong) => {
      const user = userEvent.setup();
      render(<DateForm />);
      if (day) await user.type(box('Day'), day);
      if (month) await user.type(box('Month'), month);
      if (year) await user.type(box('Year'), year);
      await user.click(screen.getByRole('button', { name: 'Save' }));
      const group = screen.getByRole('group', { name: 'Date of the meeting' });
      expect(group).toHaveAccessibleDescription(`For example, 9 12 2026 Error: ${message}`);
      expect(group.closest('.govuk-form-group')).toHaveClass('govuk-form-group--error');
      expect(highlighted()).toEqual(wrong);
    },
  );

  it('highlights all three boxes when a required date is left empty', async () => {
    const user = userEvent.setup();
    render(<DateForm required="Enter the date of the meeting" />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter the date of the meeting')).toBeInTheDocument();
    expect(highlighted()).toEqual(['Day', 'Month', 'Year']);
  });

  it('is filled in by keyboard alone: Tab goes day, month, year, and the error clears when fixed', async () => {
    const user = userEvent.setup();
    render(<DateForm />);
    await user.tab();
    expect(box('Day')).toHaveFocus();
    await user.keyboard('31');
    await user.tab();
    expect(box('Month')).toHaveFocus();
    await user.keyboard('4');
    await user.tab();
    expect(box('Year')).toHaveFocus();
    await user.keyboard('2027{Enter}');
    expect(highlighted()).toEqual(['Day']);
    await user.clear(box('Day'));
    await user.type(box('Day'), '30{Enter}');
    expect(highlighted()).toEqual([]);
    expect(screen.queryByText(/Error:/)).toBeNull();
  });

  it('links an error summary to the first wrong box, or the day when the whole date is wrong', () => {
    expect(dateErrorTarget('due', ['month', 'year'])).toBe('due-month');
    expect(dateErrorTarget('due', ['year', 'day'])).toBe('due-day');
    expect(dateErrorTarget('due', [])).toBe('due-day');
  });

  it('reads the message and the wrong boxes from per-box form errors', () => {
    const names = { day: 'dueDay', month: 'dueMonth', year: 'dueYear' };
    expect(dateErrorOf({ dueMonth: { message: 'm' }, dueYear: { message: 'm' } }, names)).toEqual({
      error: 'm',
      wrong: ['month', 'year'],
    });
    expect(dateErrorOf({ text: { message: 'other field' } }, names)).toEqual({
      error: undefined,
      wrong: [],
    });
  });
});
