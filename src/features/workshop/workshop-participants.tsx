import { useState } from 'react';
import { Cell, Row, RowHeader, Table } from '../../components/table';
import { LazyDetails } from './lazy-details';
import type { WorkshopAggregate } from '../../domain/aggregate';
import { responseRows } from '../../domain/aggregate-compare';
import { ACTION_COLUMN, ConfirmInRow } from './confirm-in-row';

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
        <Table
          caption="Responses"
          columns={['Response', 'Role', { header: 'Overall score', numeric: true }, ACTION_COLUMN]}
        >
          {sorted.map(({ participant: p, label, role }) => (
            <Row key={p.index}>
              <RowHeader>{label}</RowHeader>
              <Cell>{role}</Cell>
              <Cell numeric>{p.overallHidden ? 'Hidden by the respondent' : r(p.overall)}</Cell>
              <Cell>
                <ConfirmInRow
                  verb="Remove"
                  name={label}
                  confirming={confirming === p.id}
                  onAsk={() => setConfirming(p.id)}
                  onCancel={() => setConfirming(null)}
                  onConfirm={() => onRemove(p.id)}
                />
              </Cell>
            </Row>
          ))}
        </Table>
      )}
    </LazyDetails>
  );
}
