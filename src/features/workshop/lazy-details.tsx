import { useState, type ReactNode } from 'react';

/**
 * GOV.UK details whose content is only built once opened: a workshop of 300 responses would
 * otherwise build hundreds of hidden table rows on every change.
 */
export function LazyDetails({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="govuk-details" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{open ? children() : null}</div>
    </details>
  );
}
