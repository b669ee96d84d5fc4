import type { ReactNode } from 'react';

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** A change link; `hidden` names the row for screen readers ("Change <hidden>"). */
  action?: { href: string; text?: string; hidden: string; onClick?: () => void };
};

/** Rows from `[key, value]` pairs, as the report model and several pages list them. */
export const rowsOf = (pairs: readonly (readonly [ReactNode, ReactNode])[]): SummaryRow[] =>
  pairs.map(([key, value]) => ({ key, value }));

/** GOV.UK summary list. */
export function SummaryList({
  rows,
  noBorder = false,
  className,
  testId,
}: {
  rows: SummaryRow[];
  noBorder?: boolean;
  className?: string;
  testId?: string;
}) {
  const anyActions = rows.some((r) => r.action);
  return (
    <dl
      className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
    >
      {rows.map((row, i) => (
        <div
          key={i}
          className={`govuk-summary-list__row${anyActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.action.href} onClick={row.action.onClick}>
                {row.action.text ?? 'Change'}
                <span className="govuk-visually-hidden"> {row.action.hidden}</span>
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
