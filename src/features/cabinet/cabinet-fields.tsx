import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { ErrorMessage } from '../../components/error-summary';
import { MEETING_DATE_LABEL } from './cabinet-form-schema';

/** A GOV.UK text input or textarea with its label, hint and error, wired to react-hook-form. */
export function Field({
  id,
  label,
  hint,
  error,
  registered,
  rows,
  width = 'govuk-!-width-three-quarters',
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  registered: UseFormRegisterReturn;
  /** A textarea of this many rows; a one-line input when left out. */
  rows?: number;
  width?: string;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ');
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="govuk-hint">
          {hint}
        </div>
      ) : null}
      <ErrorMessage id={errorId} message={error} />
      {rows ? (
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          id={id}
          rows={rows}
          aria-describedby={describedBy || undefined}
          {...registered}
        />
      ) : (
        <input
          className={`govuk-input ${width}${error ? ' govuk-input--error' : ''}`}
          id={id}
          type="text"
          spellCheck={false}
          aria-describedby={describedBy || undefined}
          {...registered}
        />
      )}
    </div>
  );
}

type DatePart = 'meetingDay' | 'meetingMonth' | 'meetingYear';

/** The GOV.UK date input for the meeting date; an error marks all three boxes. */
export function MeetingDate({
  error,
  register,
}: {
  error: string | undefined;
  register: (name: DatePart) => UseFormRegisterReturn;
}) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset
        className="govuk-fieldset"
        role="group"
        aria-describedby={`meetingDate-hint${error ? ' meetingDate-error' : ''}`}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          {MEETING_DATE_LABEL}
        </legend>
        <div id="meetingDate-hint" className="govuk-hint">
          For example, 9 12 2026. Leave it empty if the date is not set.
        </div>
        <ErrorMessage id="meetingDate-error" message={error} />
        <div className="govuk-date-input">
          {(
            [
              ['meetingDay', 'Day', 2],
              ['meetingMonth', 'Month', 2],
              ['meetingYear', 'Year', 4],
            ] as const
          ).map(([name, label, width]) => (
            <div key={name} className="govuk-date-input__item">
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={name}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? ' govuk-input--error' : ''}`}
                  id={name}
                  inputMode="numeric"
                  {...register(name)}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
