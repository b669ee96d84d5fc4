import type { ComponentProps, ReactNode } from 'react';
import { fieldClass, FormGroup } from './form-group';

export type DatePart = 'day' | 'month' | 'year';
const PARTS = [
  ['day', 'Day', 2],
  ['month', 'Month', 2],
  ['year', 'Year', 4],
] as const;

/** The id of one box of the date input `id`: `<id>-day`, `<id>-month`, `<id>-year`. */
export const datePartId = (id: string, part: DatePart) => `${id}-${part}`;

/**
 * Where an error summary link for the date goes: the first box that is wrong (GOV.UK), or the day
 * when the whole date is.
 */
export const dateErrorTarget = (id: string, wrong: readonly DatePart[] = []) =>
  datePartId(id, PARTS.find(([p]) => wrong.includes(p))?.[0] ?? 'day');

/**
 * The GOV.UK date input: day, month and year boxes in a fieldset with a legend, hint and error.
 * An error highlights only the boxes in `wrong` (all three when it names none), as GOV.UK asks,
 * so the user sees which part to correct. The caller gives each box its behaviour.
 */
export function DateInput({
  id,
  legend,
  legendClassName,
  hint,
  error,
  wrong = [],
  alsoDescribedBy,
  after,
  inputProps,
}: {
  id: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  wrong?: readonly DatePart[];
  alsoDescribedBy?: string;
  after?: ReactNode;
  inputProps: (part: DatePart) => ComponentProps<'input'>;
}) {
  const highlight = (part: DatePart) =>
    error && (wrong.length === 0 || wrong.includes(part)) ? error : undefined;
  return (
    <FormGroup
      id={id}
      legend={legend}
      legendClassName={legendClassName}
      role="group"
      hint={hint}
      error={error}
      alsoDescribedBy={alsoDescribedBy}
      after={after}
    >
      <div className="govuk-date-input" id={id}>
        {PARTS.map(([part, label, width]) => (
          <div className="govuk-date-input__item" key={part}>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-date-input__label" htmlFor={datePartId(id, part)}>
                {label}
              </label>
              <input
                className={fieldClass(
                  'govuk-input',
                  highlight(part),
                  `govuk-date-input__input govuk-input--width-${width}`,
                )}
                id={datePartId(id, part)}
                type="text"
                inputMode="numeric"
                {...inputProps(part)}
              />
            </div>
          </div>
        ))}
      </div>
    </FormGroup>
  );
}

/**
 * A date's message and wrong boxes from a form that reports each box under its own name (the
 * schema adds one issue per wrong box), for `DateInput` and the error summary.
 */
export function dateErrorOf(
  errors: Partial<Record<string, { message?: string }>>,
  names: Record<DatePart, string>,
): { error: string | undefined; wrong: DatePart[] } {
  const wrong = PARTS.map(([p]) => p).filter((p) => errors[names[p]]?.message);
  return { error: wrong.length ? errors[names[wrong[0]!]]?.message : undefined, wrong };
}
