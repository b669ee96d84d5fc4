import { Cell, Row, Table } from '../../components/table';
import { useEffect, useState } from 'react';
import { assessmentLabel, formatDate, plural } from '../../domain/format';
import { href, paths } from '../../routes/paths';
import { FilesDrop } from '../../components/files-drop';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import type { BenchmarkFile } from '../../domain/benchmark-file';
import { ROLES } from '../../domain/options';
import {
  bankVersionNote,
  errorLine,
  planImport,
  resolveImport,
  type ConflictChoice,
  type FileOutcome,
  type ImportItem,
} from '../../domain/workshop-import-plan';
import { addAssessments, lookupSaved, useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { prewarmImportWorker, readChosenFiles } from '../../workers/read-files';
import { BenchmarkComparisonView } from './benchmark-comparison';
import { ConflictChoiceField } from './conflict-choice';

type Phase =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | { kind: 'review'; outcomes: FileOutcome[]; items: ImportItem[]; round: number }
  | {
      kind: 'added';
      outcomes: FileOutcome[];
      added: { id: string; label: string }[];
      skipped: number;
      round: number;
    };

const INPUT_ID = 'import-files';

const whatHappens = (item: ImportItem) =>
  item.status === 'identical'
    ? 'Already saved on this device exactly as it is: it will be skipped'
    : item.status === 'new'
      ? 'Will be added'
      : null;

/** Import assessment files (and network benchmark files) into the library, one or many at once. */
export function ImportPage() {
  const bank = useQuestionnaire();
  const saved = useLibrary((s) => s.assessments);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [choices, setChoices] = useState<Record<number, ConflictChoice>>({});
  useEffect(prewarmImportWorker, []);
  const outcomes = phase.kind === 'review' || phase.kind === 'added' ? phase.outcomes : [];
  const errors = outcomes.filter(
    (o): o is Extract<FileOutcome, { kind: 'error' }> => o.kind === 'error',
  );
  const benchmarks = outcomes.filter(
    (o): o is Extract<FileOutcome, { kind: 'benchmark' }> => o.kind === 'benchmark',
  );
  usePageTitle('Import files', errors.length > 0);

  const choose = async (files: File[]) => {
    // Files chosen more while reviewing join the ones already read and valid (a file chosen again
    // takes its earlier reading's place), so choosing the right file after a wrong one keeps the rest.
    const kept =
      phase.kind === 'review'
        ? phase.outcomes.filter((o) => o.kind !== 'error' && !files.some((f) => f.name === o.name))
        : [];
    setPhase({ kind: 'reading', done: 0, total: files.length });
    const read = [
      ...kept,
      ...(await readChosenFiles(files, bank, (done) =>
        setPhase({ kind: 'reading', done, total: files.length }),
      )),
    ];
    // The library may be unknown (unlistable storage): read each file's saved copy first.
    await lookupSaved(
      read.flatMap((o) => (o.kind === 'assessment' ? [o.restored.assessment.id] : [])),
    );
    setChoices({});
    setPhase({
      kind: 'review',
      outcomes: read,
      items: planImport(read, useLibrary.getState().assessments),
      round: Date.now(),
    });
  };

  const add = () => {
    if (phase.kind !== 'review') return;
    const list = resolveImport(phase.items, choices, () => crypto.randomUUID());
    const ids = list.length > 0 ? addAssessments(list) : [];
    setPhase({
      kind: 'added',
      outcomes: phase.outcomes,
      added: ids.map((id, i) => ({
        id,
        label: list[i] ? assessmentLabel(list[i]) : '',
      })),
      skipped: phase.items.filter((x) => x.status === 'identical').length,
      round: phase.round,
    });
  };

  const items = phase.kind === 'review' ? phase.items : [];
  const toAdd = items.filter((x) => x.status !== 'identical').length;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ErrorSummary
          title={`${plural(errors.length, 'file')} could not be imported`}
          focusKey={phase.kind === 'review' ? phase.round : null}
          errors={errors.map((e) => ({ fieldId: INPUT_ID, message: errorLine(e) }))}
        />
        <h1 className="govuk-heading-l">Import files</h1>
        <p className="govuk-body">
          Open assessment files exported from this tool, on this device or another, or a network
          benchmark file from a learning-network facilitator. Files are read in this browser;
          nothing is sent anywhere.
        </p>
        {phase.kind === 'added' ? (
          <NotificationBanner
            success
            title="Success"
            heading={
              phase.added.length > 0
                ? `${plural(phase.added.length, 'assessment')} added to saved assessments`
                : 'Nothing new to add'
            }
          >
            {phase.added.length > 0 ? (
              <ul className="govuk-list">
                {phase.added.map((a) => (
                  <li key={a.id}>
                    <a className="govuk-notification-banner__link" href={href(paths.tasks(a.id))}>
                      {a.label}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            {phase.skipped > 0 ? (
              <p className="govuk-body">
                {phase.skipped === 1
                  ? '1 file was already saved exactly as it is, and was skipped.'
                  : `${phase.skipped} files were already saved exactly as they are, and were skipped.`}
              </p>
            ) : null}
          </NotificationBanner>
        ) : null}

        <FilesDrop
          id={INPUT_ID}
          label={phase.kind === 'idle' ? 'Choose files' : 'Choose more files'}
          hint="Files ending .json, up to 5 MB each. You can choose several at once."
          error={
            errors.length > 0
              ? `${plural(errors.length, 'file')} could not be imported (listed above). Nothing already saved on this device was changed by ${errors.length === 1 ? 'it' : 'them'}.`
              : null
          }
          disabled={phase.kind === 'reading'}
          onFiles={(f) => void choose(f)}
        />
        <div aria-live="polite" className="govuk-body">
          {phase.kind === 'reading'
            ? `Reading and checking files: ${phase.done} of ${phase.total}`
            : null}
        </div>

        {phase.kind === 'review' && items.length > 0 ? (
          <>
            <h2 className="govuk-heading-m">Assessments ready to add</h2>
            <Table
              caption={plural(items.length, 'valid assessment file')}
              columns={['File', 'Organisation and respondent', 'What happens']}
            >
              {items.map((item, i) => {
                const a = item.restored.assessment;
                const note = bankVersionNote(item.restored);
                const happens = whatHappens(item);
                return (
                  <Row key={`${item.name}-${i}`}>
                    <Cell>{item.name}</Cell>
                    <Cell>
                      {a.about.organisation}
                      <br />
                      <span className="govuk-body-s">
                        {ROLES[a.about.role]}, {formatDate(a.about.date)}
                      </span>
                    </Cell>
                    <Cell>
                      {happens ? (
                        <p className="govuk-body-s govuk-!-margin-bottom-1">{happens}</p>
                      ) : null}
                      {item.status === 'conflict' ? (
                        <ConflictChoiceField
                          index={i}
                          fileChanged={a.updatedAt}
                          savedChanged={saved[a.id]?.updatedAt}
                          value={choices[i] ?? 'keep-both'}
                          onChange={(value) => setChoices((c) => ({ ...c, [i]: value }))}
                        />
                      ) : null}
                      {note ? (
                        <p className="govuk-body-s govuk-!-margin-top-1 govuk-!-margin-bottom-0">
                          Note: this file was {note}.
                        </p>
                      ) : null}
                    </Cell>
                  </Row>
                );
              })}
            </Table>
            <div className="govuk-button-group">
              <button
                type="button"
                className="govuk-button"
                data-module="govuk-button"
                onClick={add}
              >
                {toAdd > 0 ? `Add ${plural(toAdd, 'assessment')}` : 'Continue'}
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                data-module="govuk-button"
                onClick={() => setPhase({ kind: 'idle' })}
              >
                Cancel
              </button>
            </div>
          </>
        ) : null}

        {benchmarks.map((b, i) => (
          <BenchmarkSection
            key={`${b.name}-${i}`}
            name={b.name}
            benchmark={b.benchmark}
            savedCount={Object.keys(saved).length}
          />
        ))}

        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.assessments())}>
            Go to saved assessments
          </a>
        </p>
      </div>
    </div>
  );
}

function BenchmarkSection({
  name,
  benchmark,
  savedCount,
}: {
  name: string;
  benchmark: BenchmarkFile;
  savedCount: number;
}) {
  return (
    <section aria-labelledby={`benchmark-${name}`}>
      <h2 className="govuk-heading-m" id={`benchmark-${name}`}>
        Network benchmark: {benchmark.title}
      </h2>
      <p className="govuk-body">
        From {name}: the anonymised figures of {plural(benchmark.respondents, 'response')} from{' '}
        {plural(benchmark.organisations, 'organisation')}, {formatDate(benchmark.date)}. It holds no
        organisation’s own answers.
      </p>
      {savedCount === 0 ? (
        <p className="govuk-body">
          Import or start an assessment of your own to see it against the network.
        </p>
      ) : (
        <BenchmarkComparisonView benchmark={benchmark} />
      )}
    </section>
  );
}
