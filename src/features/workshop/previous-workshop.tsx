import { useState } from 'react';
import { FilesDrop } from '../../components/files-drop';
import { ErrorSummary } from '../../components/error-summary';
import { Cell, Row, RowHeader, Table } from '../../components/table';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import type { Workshop } from '../../domain/workshop';
import {
  changeBasis,
  changeWarnings,
  movementCells,
  type WorkshopChange,
} from '../../domain/workshop-change';
import { readChosenFiles } from '../../workers/read-files';
import { ConfirmInRow } from './confirm-in-row';
import { previousFromOutcomes } from './import-messages';

const INPUT_ID = 'previous-workshop-file';

/** The network's movement per theme: then, now and the change, with why a figure is missing. */
export function ChangeTable({ change }: { change: WorkshopChange }) {
  return (
    <Table
      caption="Median theme score (0 to 100): previous workshop, this workshop and the change"
      columns={[
        'Theme',
        { header: 'Previous workshop', numeric: true },
        { header: 'This workshop', numeric: true },
        { header: 'Change', numeric: true },
      ]}
      testId="change-table"
      scroll
    >
      {change.themes.map((m) => {
        const c = movementCells(change, m);
        return (
          <Row key={m.themeId}>
            <RowHeader>
              {c.theme}
              {c.note ? (
                <>
                  <br />
                  <span className="govuk-body-s">{c.note}</span>
                </>
              ) : null}
            </RowHeader>
            <Cell numeric>{c.then}</Cell>
            <Cell numeric>{c.now}</Cell>
            <Cell numeric>{c.change}</Cell>
          </Row>
        );
      })}
    </Table>
  );
}

/**
 * "Change since the last workshop": the facilitator adds the benchmark file the previous workshop's
 * page downloaded; it is checked like any imported file and kept with this workshop until removed.
 * A file that cannot be used changes nothing.
 */
export function PreviousWorkshopSection({
  workshop,
  change,
  bank,
  onChange,
  onError,
}: {
  workshop: Workshop;
  change: WorkshopChange | null;
  bank: Questionnaire;
  onChange: (next: Workshop) => void;
  /** Whether the section shows an error, for the page's title ("Error: …"). */
  onError: (shown: boolean) => void;
}) {
  const [reading, setReading] = useState(false);
  const [error, setError] = useState<{ message: string; round: number } | null>(null);
  const [confirming, setConfirming] = useState(false);

  const choose = async (files: File[]) => {
    setReading(true);
    const outcomes = await readChosenFiles(files, bank, () => undefined);
    setReading(false);
    const read = previousFromOutcomes(outcomes, !workshop.anonymise);
    onError(!read.ok);
    if (!read.ok) {
      setError({ message: read.message, round: Date.now() });
      return;
    }
    setError(null);
    onChange({ ...workshop, previous: read.benchmark, updatedAt: new Date().toISOString() });
  };

  const upload = (
    <FilesDrop
      id={INPUT_ID}
      label={
        change ? 'Use a different benchmark file' : 'Add the previous workshop’s benchmark file'
      }
      hint="The network benchmark (.json) that the previous workshop’s page downloaded, under “Download the workshop pack”."
      error={error ? `${error.message}. Nothing was changed.` : null}
      disabled={reading}
      multiple={false}
      onFiles={(f) => void choose(f)}
    />
  );

  return (
    <>
      <ErrorSummary
        title="The benchmark file could not be used"
        focusKey={error?.round ?? null}
        errors={error ? [{ fieldId: INPUT_ID, message: error.message }] : []}
      />
      {change ? (
        <>
          <p className="govuk-body" data-testid="change-basis">
            {changeBasis(change)}
          </p>
          {changeWarnings(change).map((w) => (
            <div className="govuk-inset-text" key={w}>
              {w}
            </div>
          ))}
          <ChangeTable change={change} />
          <div className="govuk-!-margin-bottom-6">
            <ConfirmInRow
              verb="Remove"
              name="the previous workshop’s figures"
              confirming={confirming}
              onAsk={() => setConfirming(true)}
              onCancel={() => setConfirming(false)}
              onConfirm={() => {
                setConfirming(false);
                onChange({ ...workshop, previous: null, updatedAt: new Date().toISOString() });
              }}
            />
          </div>
        </>
      ) : (
        <p className="govuk-body">
          Bring in the network benchmark file of a previous workshop of this network to see how each
          theme’s median has moved since then.
        </p>
      )}
      {upload}
      <div aria-live="polite" className="govuk-body">
        {reading ? 'Reading and checking the file…' : null}
      </div>
    </>
  );
}
