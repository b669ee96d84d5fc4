import { useState } from 'react';
import { plural } from '../../domain/format';
import { FilesDrop } from '../../components/files-drop';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { scoreOnce } from '../../domain/aggregate-scores';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { addParticipants, type Workshop } from '../../domain/workshop';
import { readChosenFiles } from '../../workers/read-files';
import { duplicateNotes, summariseOutcomes } from './import-messages';
import { cryptoRandomInt } from '../../store/crypto-random';

export type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | {
      kind: 'done';
      errors: string[];
      added: number;
      replaced: number;
      notes: string[];
      round: number;
      /** False when the responses are on the page but could not be written (the alert says so). */
      saved: boolean;
    };

const INPUT_ID = 'workshop-files';

/** Reading chosen files into the workshop, and what the facilitator is told about them. */
export function useWorkshopImport(
  workshop: Workshop | null,
  bank: Questionnaire,
  save: (next: Workshop) => Promise<boolean>,
) {
  const [importing, setImporting] = useState<ImportState>({ kind: 'idle' });
  const addFiles = async (files: File[]) => {
    if (!workshop) return;
    setImporting({ kind: 'reading', done: 0, total: files.length });
    const outcomes = await readChosenFiles(
      files,
      bank,
      (done) => setImporting({ kind: 'reading', done, total: files.length }),
      // Score each batch while the next is read, so drawing the figures later is quick.
      (batch) => {
        for (const o of batch) if (o.kind === 'assessment') scoreOnce(bank, o.restored.assessment);
      },
    );
    const names = !workshop.anonymise;
    const { errors, notes, good } = summariseOutcomes(outcomes, names);
    const r = addParticipants(workshop, good, new Date(), cryptoRandomInt);
    const saved = good.length > 0 ? await save(r.workshop) : true;
    setImporting({
      kind: 'done',
      errors,
      added: r.added,
      replaced: r.replaced,
      notes: [...notes, ...duplicateNotes(r.duplicates, outcomes, names)],
      round: Date.now(),
      saved,
    });
  };
  const errors = importing.kind === 'done' ? importing.errors : [];
  return { importing, errors, addFiles };
}

export function ImportErrors({ importing }: { importing: ImportState }) {
  const errors = importing.kind === 'done' ? importing.errors : [];
  return (
    <ErrorSummary
      title={`${plural(errors.length, 'file')} could not be added`}
      focusKey={importing.kind === 'done' ? importing.round : null}
      errors={errors.map((e) => ({ fieldId: INPUT_ID, message: e }))}
    />
  );
}

export function ImportBanner({ importing }: { importing: ImportState }) {
  if (importing.kind !== 'done') return null;
  const changed = importing.added + importing.replaced;
  if (changed === 0 && importing.notes.length === 0) return null;
  // "Added" is never shown as a success beside "not saved".
  const success = changed > 0 && importing.saved;
  return (
    <NotificationBanner
      success={success}
      title={success ? 'Success' : 'Important'}
      heading={`${plural(importing.added, 'response')} added${importing.replaced ? `, ${importing.replaced} updated` : ''}${importing.saved ? '' : ' on this page, but not saved on this device'}`}
    >
      {changed > 0 ? (
        <p className="govuk-body">The figures below now include {changed === 1 ? 'it' : 'them'}.</p>
      ) : null}
      {importing.notes.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet govuk-body-s">
          {importing.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
    </NotificationBanner>
  );
}

export function UploadField({
  importing,
  onFiles,
}: {
  importing: ImportState;
  onFiles: (files: File[]) => Promise<void>;
}) {
  const errors = importing.kind === 'done' ? importing.errors : [];
  return (
    <>
      <FilesDrop
        id={INPUT_ID}
        label="Add assessment files"
        hint="The .json files that councils or respondents exported from this tool. Choose a whole folder’s files at once (up to 5 MB each); a second copy of a response already in the workshop is counted once (the newest is kept)."
        error={
          errors.length > 0
            ? `${plural(errors.length, 'file')} could not be added (listed above). The workshop was not changed by ${errors.length === 1 ? 'it' : 'them'}.`
            : null
        }
        disabled={importing.kind === 'reading'}
        onFiles={(f) => void onFiles(f)}
      />
      <div aria-live="polite" className="govuk-body">
        {importing.kind === 'reading'
          ? `Reading and checking files: ${importing.done} of ${importing.total}`
          : null}
      </div>
    </>
  );
}
