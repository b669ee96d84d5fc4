import { useEffect, useRef } from 'react';
import { focusElement } from './focus';

/**
 * GOV.UK error summary: it takes focus when it appears (so screen readers announce it) and each
 * link moves focus to the field concerned.
 */
export function FilesErrorSummary({
  title = 'There is a problem',
  errors,
  focusKey,
}: {
  title?: string;
  errors: { href: string; text: string }[];
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) focusElement(ref.current);
    // Focus again whenever a new set of errors is shown (focusKey changes), not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- errors is a new array each render
  }, [focusKey, errors.length > 0]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e, i) => (
              <li key={`${i}-${e.text}`}>
                <a
                  href={e.href}
                  onClick={(ev) => {
                    ev.preventDefault();
                    const el = document.getElementById(e.href.replace(/^#/, ''));
                    el?.focus();
                    el?.scrollIntoView({ block: 'center' });
                  }}
                >
                  {e.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
