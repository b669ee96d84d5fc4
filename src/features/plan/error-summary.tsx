import type { Ref } from 'react';

export type SummaryError = { fieldId: string; message: string };

/**
 * The GOV.UK error summary. It takes focus when shown (the parent focuses it through the ref);
 * its links move focus to the field without changing the address, which here is the route.
 */
export function ErrorSummary({
  errors,
  ref,
}: {
  errors: SummaryError[];
  ref?: Ref<HTMLDivElement>;
}) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.fieldId}>
                <a
                  href={`#${e.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const field = document.getElementById(e.fieldId);
                    // Bring the field's label or legend into view with the field, as GOV.UK Frontend does.
                    const label =
                      field?.closest('fieldset')?.querySelector('legend') ??
                      document.querySelector(`label[for="${e.fieldId}"]`);
                    (label ?? field)?.scrollIntoView?.();
                    field?.focus({ preventScroll: true });
                  }}
                >
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
