import { useState } from 'react';
import { LazyDetails } from './lazy-details';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { responseRows } from '../../domain/aggregate-compare';
import { ConfirmInRow } from './confirm-in-row';

const r = (x: number | null) => (x === null ? 'No score' : String(Math.round(x)));

/**
 * The responses in the workshop, each with a way to take it out (after a confirmation). Shown with
 * names on only: telling responses apart needs their names and roles.
 */
export function ParticipantsSection({
  agg,
  onRemove,
}: {
  agg: WorkshopAggregate;
  onRemove: (id: string) => void;
}) {
  const [confirming, setConfirming] = useState<string | null>(null);
  if (agg.participants.length === 0) return null;
  const sorted = responseRows(agg);
  return (
    <LazyDetails summary={`Manage the responses in this workshop (${agg.participants.length})`}>
      {() => (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Responses</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Response
              </th>
              <th scope="col" className="govuk-table__header">
                Role
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Overall score
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Action</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {sorted.map(({ participant: p, label, role }) => (
              <tr className="govuk-table__row" key={p.index}>
                <th scope="row" className="govuk-table__header">
                  {label}
                </th>
                <td className="govuk-table__cell">{role}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {p.overallHidden ? 'Hidden by the respondent' : r(p.overall)}
                </td>
                <td className="govuk-table__cell">
                  <ConfirmInRow
                    verb="Remove"
                    name={label}
                    confirming={confirming === p.id}
                    onAsk={() => setConfirming(p.id)}
                    onCancel={() => setConfirming(null)}
                    onConfirm={() => onRemove(p.id)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </LazyDetails>
  );
}
