import { memo, useCallback, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { formatDate, plural } from '../../domain/format';
import { href, paths } from '../../app/paths';
import { FilesDrop } from '../../components/files-drop';
import { FilesErrorSummary } from '../../components/files-error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import { aggregate } from '../../domain/aggregate';
import { MIN_GROUP } from '../../domain/aggregate-stats';
import { addParticipants, type Workshop } from '../../domain/workshop';
import { bankVersionNote, errorLine, type FileOutcome } from '../../domain/workshop-import-plan';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { workshopStore } from '../../store/workshop-store';
import { prewarmImportWorker, readChosenFiles } from '../../workers/read-files';
import { ThemeBoxChart } from './theme-box-chart';
import { WorkshopDownloads } from './workshop-downloads';
import { ParticipantsSection } from './workshop-participants';
import * as sections from './workshop-sections';

// The sections only change with the figures; memo keeps progress updates and the compare choice
// from rebuilding every table of a large workshop.
const ThemeTable = memo(sections.ThemeTable);
const ResponsesTable = memo(sections.ResponsesTable);
const DisagreementSection = memo(sections.DisagreementSection);
const RoleSection = memo(sections.RoleSection);
const CompareSection = memo(sections.CompareSection);
const Participants = memo(ParticipantsSection);
const Downloads = memo(WorkshopDownloads);
const BoxChart = memo(ThemeBoxChart);
const AtAGlance = memo(sections.AtAGlance);

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'problem'; message: string }
  | { kind: 'ok'; workshop: Workshop };
type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading'; done: number; total: number }
  | {
      kind: 'done';
      errors: Extract<FileOutcome, { kind: 'error' }>[];
      added: number;
      replaced: number;
      notes: string[];
      round: number;
    };

const INPUT_ID = 'workshop-files';

export function WorkshopPage({ params }: { params: Record<string, string | undefined> }) {
  const id = params.workshopId ?? '';
  const bank = useQuestionnaire();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [importing, setImporting] = useState<ImportState>({ kind: 'idle' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');

  useEffect(prewarmImportWorker, []);
  useEffect(() => {
    let live = true;
    workshopStore.load(id).then(
      (r) =>
        live &&
        setLoad(
          r.kind === 'ok'
            ? { kind: 'ok', workshop: r.workshop }
            : r.kind === 'missing'
              ? { kind: 'missing' }
              : { kind: 'problem', message: r.message },
        ),
      (e: unknown) =>
        live && setLoad({ kind: 'problem', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const workshop = load.kind === 'ok' ? load.workshop : null;
  const errors = importing.kind === 'done' ? importing.errors : [];
  usePageTitle(
    workshop ? workshop.name : load.kind === 'loading' ? 'Workshop' : 'Workshop not found',
    errors.length > 0,
  );

  const save = useCallback(async (next: Workshop) => {
    setLoad({ kind: 'ok', workshop: next });
    try {
      await workshopStore.save(next);
      setSaveError(null);
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  const agg = useMemo(
    () =>
      workshop ? aggregate(bank, workshop.participants, { anonymise: workshop.anonymise }) : null,
    [bank, workshop],
  );
  const highlighted =
    chosen.startsWith('p:') && agg
      ? agg.participants.find((p) => p.id === chosen.slice(2))
      : undefined;
  const highlightProp = useMemo(
    () => (highlighted ? { id: highlighted.id, label: highlighted.label } : null),
    [highlighted],
  );
  const remove = useCallback(
    (pid: string) => {
      if (workshop)
        void save({
          ...workshop,
          participants: workshop.participants.filter((p) => p.id !== pid),
          updatedAt: new Date().toISOString(),
        });
    },
    [workshop, save],
  );

  if (load.kind === 'loading')
    return (
      <p className="govuk-body" role="status">
        Loading the workshop…
      </p>
    );
  if (!workshop || !agg) {
    return (
      <>
        <h1 className="govuk-heading-l">Workshop not found</h1>
        <p className="govuk-body">
          {load.kind === 'problem'
            ? `This workshop’s saved data cannot be read: ${load.message}.`
            : 'There is no workshop with this address on this device.'}
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.workshops())}>
            Go to workshops
          </a>
        </p>
      </>
    );
  }

  const addFiles = async (files: File[]) => {
    setImporting({ kind: 'reading', done: 0, total: files.length });
    const outcomes = await readChosenFiles(files, bank, (done) =>
      setImporting({ kind: 'reading', done, total: files.length }),
    );
    const bad: Extract<FileOutcome, { kind: 'error' }>[] = [];
    const good = [];
    const notes: string[] = [];
    for (const o of outcomes) {
      if (o.kind === 'error') bad.push(o);
      else if (o.kind === 'benchmark')
        bad.push({
          kind: 'error',
          name: o.name,
          message:
            'is a network benchmark file, not an assessment; open it on the Import files page to compare a council with it',
        });
      else {
        good.push(o.restored.assessment);
        const note = bankVersionNote(o.restored);
        if (note) notes.push(`${o.name} was ${note}.`);
      }
    }
    const { workshop: next, added, replaced } = addParticipants(workshop, good, new Date());
    if (good.length > 0) await save(next);
    setImporting({ kind: 'done', errors: bad, added, replaced, notes, round: Date.now() });
  };

  const enough = agg.respondents >= MIN_GROUP;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FilesErrorSummary
          title={`${plural(errors.length, 'file')} could not be added`}
          focusKey={importing.kind === 'done' ? importing.round : null}
          errors={errors.map((e) => ({ href: `#${INPUT_ID}`, text: errorLine(e) }))}
        />
        {saveError ? (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">
              This workshop is not saved on this device
            </h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{saveError}</p>
            </div>
          </div>
        ) : null}
        <span className="govuk-caption-l">Workshop, {formatDate(workshop.date)}</span>
        <h1 className="govuk-heading-l">{workshop.name}</h1>
        <p className="govuk-body-l" data-testid="workshop-summary">
          {plural(agg.respondents, 'response')} from {plural(agg.organisations, 'organisation')}.
        </p>
        {importing.kind === 'done' && importing.added + importing.replaced > 0 ? (
          <NotificationBanner
            success
            title="Success"
            heading={`${plural(importing.added, 'response')} added${importing.replaced ? `, ${importing.replaced} updated` : ''}`}
          >
            <p className="govuk-body">
              The figures below now include{' '}
              {importing.added + importing.replaced === 1 ? 'it' : 'them'}.
            </p>
            {importing.notes.length > 0 ? (
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {importing.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            ) : null}
          </NotificationBanner>
        ) : null}

        <FilesDrop
          id={INPUT_ID}
          label="Add assessment files"
          hint="The .json files that councils or respondents exported from this tool. Choose a whole folder’s files at once (up to 5 MB each); a file already in the workshop is updated, not counted twice."
          error={
            errors.length > 0
              ? `${plural(errors.length, 'file')} could not be added (listed above). The workshop was not changed by ${errors.length === 1 ? 'it' : 'them'}.`
              : null
          }
          disabled={importing.kind === 'reading'}
          onFiles={(f) => void addFiles(f)}
        />
        <div aria-live="polite" className="govuk-body">
          {importing.kind === 'reading'
            ? `Reading and checking files: ${importing.done} of ${importing.total}`
            : null}
        </div>

        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <div className="govuk-checkboxes__item">
              <input
                className="govuk-checkboxes__input"
                id="anonymise"
                type="checkbox"
                checked={workshop.anonymise}
                aria-describedby="anonymise-hint"
                onChange={(e) =>
                  void save({
                    ...workshop,
                    anonymise: e.target.checked,
                    updatedAt: new Date().toISOString(),
                  })
                }
              />
              <label className="govuk-label govuk-checkboxes__label" htmlFor="anonymise">
                Show organisations anonymously
              </label>
              <div id="anonymise-hint" className="govuk-hint govuk-checkboxes__hint">
                As Council A, Council B and so on, on this page and in every download.
              </div>
            </div>
          </div>
        </div>
        {!workshop.anonymise ? (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Organisations are named on this page and in downloads. Check that every council agreed
              before you share them.
            </strong>
          </div>
        ) : null}

        {!enough ? (
          <div className="govuk-inset-text">
            Add at least {MIN_GROUP} assessment files to see the workshop’s figures. No figure is
            shown for a group of fewer than {MIN_GROUP} responses, so that no one can be singled
            out.
          </div>
        ) : (
          <>
            <nav className="app-workshop-contents" aria-label="On this page">
              <h2 className="govuk-heading-s">On this page</h2>
              <ul className="govuk-list">
                <li>
                  <a className="govuk-link" href="#glance" onClick={jump('glance')}>
                    At a glance
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href="#themes" onClick={jump('themes')}>
                    Scores by theme
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href="#disagreement" onClick={jump('disagreement')}>
                    Where responses disagree
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href="#roles" onClick={jump('roles')}>
                    Views by role
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href="#compare" onClick={jump('compare')}>
                    One response against the rest
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href="#downloads" onClick={jump('downloads')}>
                    Download the workshop pack
                  </a>
                </li>
              </ul>
            </nav>

            <h2 className="govuk-heading-m" id="glance" tabIndex={-1}>
              At a glance
            </h2>
            <AtAGlance agg={agg} bank={bank} />

            <h2 className="govuk-heading-m" id="themes" tabIndex={-1}>
              Scores by theme
            </h2>
            <BoxChart themes={agg.themes} highlight={highlightProp} />
            <ThemeTable agg={agg} />
            <ResponsesTable agg={agg} />

            <h2 className="govuk-heading-m" id="disagreement" tabIndex={-1}>
              Where responses disagree: discussion prompts
            </h2>
            <DisagreementSection agg={agg} bank={bank} />

            <h2 className="govuk-heading-m" id="roles" tabIndex={-1}>
              Views by role
            </h2>
            <RoleSection agg={agg} />

            <h2 className="govuk-heading-m" id="compare" tabIndex={-1}>
              One response against the rest
            </h2>
            <CompareSection agg={agg} chosen={chosen} onChoose={setChosen} />

            <h2 className="govuk-heading-m" id="downloads" tabIndex={-1}>
              Download the workshop pack
            </h2>
            <Downloads workshop={workshop} agg={agg} bank={bank} />
          </>
        )}

        <Participants agg={agg} onRemove={remove} />
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.workshops())}>
            All workshops
          </a>
        </p>
      </div>
    </div>
  );
}

/** In-page links under hash routing: move focus to the section instead of changing the route. */
const jump = (sectionId: string) => (e: MouseEvent) => {
  e.preventDefault();
  const el = document.getElementById(sectionId);
  el?.focus();
  el?.scrollIntoView({ block: 'start' });
};
