import { useEffect, useRef } from 'react';
import { focusField } from './focus';

export type FieldError = { fieldId: string; message: string };

type Entry = [message: string | undefined, fieldId: string];

/** The summary's entries from `[message, field id]` pairs in page order, leaving out fields without an error. */
export const fieldErrors = (entries: Entry[]): FieldError[] =>
  entries.flatMap(([message, fieldId]) => (message ? [{ fieldId, message }] : []));

/** `[message, field id]` pairs for fields whose id is their form name, with an optional prefix. */
export const namedErrors = (
  errors: Partial<Record<string, { message?: string }>>,
  names: readonly string[],
  idPrefix = '',
): Entry[] => names.map((name) => [errors[name]?.message, `${idPrefix}${name}`]);

/**
 * GOV.UK error summary: takes focus when shown (and again on each failed submit, `focusKey`), and
 * each link moves focus to its field. With hash routing an `#id` link would change the route, so
 * the links focus the field themselves.
 */
export function ErrorSummary({
  title = 'There is a problem',
  errors,
  focusKey,
}: {
  title?: string;
  errors: FieldError[];
  /** A new value (a failed submit's count, an import's round) takes focus to the summary again. */
  focusKey: unknown;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown && ref.current) {
      ref.current.focus();
      ref.current.scrollIntoView?.({ block: 'start' });
    }
  }, [shown, focusKey]);
  if (!shown) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e, i) => (
              <li key={`${i}-${e.fieldId}`}>
                <a
                  href={`#${e.fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(e.fieldId);
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
