import type { ReactNode } from 'react';

export type SummaryRow = {
  key: ReactNode;
  value: ReactNode;
  /** A change link; `hidden` names the row for screen readers ("Change <hidden>"). */
  action?: { href: string; text?: string; hidden: string; onClick?: () => void };
};

/** GOV.UK summary list. */
export function SummaryList({
  rows,
  noBorder = false,
  className,
}: {
  rows: SummaryRow[];
  noBorder?: boolean;
  className?: string;
}) {
  const anyActions = rows.some((r) => r.action);
  return (
    <dl
      className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}${className ? ` ${className}` : ''}`}
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
