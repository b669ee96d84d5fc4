import type { ComponentProps, ReactNode } from 'react';
import { FormGroup } from './form-group';

export type RadioOption = {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Shown under this option while it is chosen (GOV.UK conditional reveal). */
  conditional?: ReactNode;
  /** Draw a divider ("or") before this option. */
  dividerBefore?: boolean;
};

/** Options from a record of labels, in its order: `{ value: label }`. */
export const radioOptions = (labels: Record<string, ReactNode>): RadioOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * A GOV.UK radio group in a fieldset with a legend. The caller gives each input its behaviour
 * (react-hook-form's `register`, or `checked`/`onChange`), so the same markup serves both.
 */
export function Radios({
  idPrefix,
  legend,
  legendClassName = 'govuk-fieldset__legend--m',
  hint,
  error,
  options,
  inputProps,
  checkedValue,
  small = false,
  inline = false,
  className,
  fieldsetProps,
}: {
  idPrefix: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  options: RadioOption[];
  inputProps: (value: string) => ComponentProps<'input'>;
  /** Which option is chosen, to show its conditional content. */
  checkedValue?: string | null;
  small?: boolean;
  inline?: boolean;
  /** Extra classes on the form group. */
  className?: string;
  fieldsetProps?: Record<string, string | number | undefined>;
}) {
  return (
    <FormGroup
      id={idPrefix}
      legend={legend}
      legendClassName={legendClassName}
      hint={hint}
      error={error}
      className={className}
      fieldsetProps={fieldsetProps}
    >
      <div
        className={`govuk-radios${small ? ' govuk-radios--small' : ''}${inline ? ' govuk-radios--inline' : ''}`}
      >
        {options.map((option, i) => {
          // The first input takes the group's id, so error summary links land on it.
          const id = i === 0 ? idPrefix : `${idPrefix}-${i + 1}`;
          const optionHintId = `${id}-item-hint`;
          return (
            <div key={option.value}>
              {option.dividerBefore ? <div className="govuk-radios__divider">or</div> : null}
              <div className="govuk-radios__item">
                <input
                  className="govuk-radios__input"
                  id={id}
                  type="radio"
                  value={option.value}
                  aria-describedby={option.hint ? optionHintId : undefined}
                  {...inputProps(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={optionHintId} className="govuk-hint govuk-radios__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
              {option.conditional && checkedValue === option.value ? (
                <div className="govuk-radios__conditional" id={`${id}-conditional`}>
                  {option.conditional}
                </div>
              ) : null}
            </div>
          );
        })}
      </div>
    </FormGroup>
  );
}
