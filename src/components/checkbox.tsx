import type { ComponentProps, ReactNode } from 'react';

/**
 * One small GOV.UK checkbox with its hint, for a yes-or-no setting. Everything else (react-hook-form's
 * `register`, or `checked`/`onChange`) goes to the input.
 */
export function Checkbox({
  id,
  label,
  hint,
  ...input
}: { id: string; label: ReactNode; hint?: ReactNode } & Omit<ComponentProps<'input'>, 'id'>) {
  const hintId = `${id}-hint`;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            aria-describedby={hint ? hintId : undefined}
            {...input}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint ? (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
