import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { formatDate, plural } from '../../domain/format';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { usePageTitle } from '../../components/use-page-title';
import { aggregate } from '../../domain/aggregate';
import { MIN_GROUP } from '../../domain/aggregate-stats';
import { withLetters, type Workshop } from '../../domain/workshop';
import { workshopChange } from '../../domain/workshop-change';
import { likelyDuplicates } from '../../domain/workshop-duplicates';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { workshopStore } from '../../store/workshop-store';
import { prewarmImportWorker } from '../../workers/read-files';
import { cryptoRandomInt } from '../../store/crypto-random';
import { ProjectorView } from './projector-view';
import { Notices, WorkshopNotFound } from './workshop-notices';
import { HeatMapSection } from './workshop-heatmap';
import { ThemeBoxChart } from './theme-box-chart';
import { chosenScores, CompareSection as Compare } from './workshop-compare';
import { WorkshopDownloads } from './workshop-downloads';
import { ParticipantsSection } from './workshop-participants';
import { PreviousWorkshopSection } from './previous-workshop';
import { ProtectSection } from './workshop-protect';
import { Contents } from './workshop-contents';
import { AtAGlance as Glance } from './workshop-glance';
import * as sections from './workshop-sections';
import { ImportBanner, ImportErrors, UploadField, useWorkshopImport } from './workshop-upload';
import { WorkshopSettings } from './workshop-settings';

// The sections only change with the figures; memo keeps progress updates and the compare choice
// from rebuilding every table of a large workshop.
const ThemeTable = memo(sections.ThemeTable);
const ResponsesTable = memo(sections.ResponsesTable);
const DisagreementSection = memo(sections.DisagreementSection);
const RoleSection = memo(sections.RoleSection);
const CompareSection = memo(Compare);
const Participants = memo(ParticipantsSection);
const Downloads = memo(WorkshopDownloads);
const BoxChart = memo(ThemeBoxChart);
const AtAGlance = memo(Glance);

type Load =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'problem'; message: string }
  | { kind: 'ok'; workshop: Workshop };

/**
 * A workshop saved before letters existed (or merged from another tab) gets its missing letters
 * drawn now and saved at once, so they never change again.
 */
function lettered(w: Workshop): Workshop {
  const next = withLetters(w, cryptoRandomInt);
  if (next !== w) void workshopStore.save(next).catch(() => undefined);
  return next;
}

const afterPaint = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

export function WorkshopPage({ params }: PageProps<typeof paths.workshop>) {
  const id = params.workshopId;
  const bank = useQuestionnaire();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const [chosen, setChosen] = useState('');
  const [presenting, setPresenting] = useState(false);
  const [previousError, setPreviousError] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);

  useEffect(prewarmImportWorker, []);
  useEffect(() => {
    let live = true;
    workshopStore.load(id).then(
      (r) =>
        live &&
        setLoad(
          r.kind === 'ok'
            ? { kind: 'ok', workshop: lettered(r.workshop) }
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
  // Resolves to false when the workshop is kept on the page but not written (the alert says so).
  const save = useCallback(async (next: Workshop): Promise<boolean> => {
    setLoad({ kind: 'ok', workshop: next });
    // Writing copies the whole workshop on this thread: let the new figures paint first.
    await afterPaint();
    try {
      const written = await workshopStore.save(next);
      setSaveError(null);
      return written;
    } catch (e) {
      setSaveError(e instanceof Error ? e.message : String(e));
      return false;
    }
  }, []);

  const { importing, errors, addFiles } = useWorkshopImport(
    load.kind === 'ok' ? load.workshop : null,
    bank,
    save,
  );
  usePageTitle(
    workshop ? workshop.name : load.kind === 'loading' ? 'Workshop' : 'Workshop not found',
    errors.length > 0 || previousError,
  );

  // The figures follow the workshop in a background render, which React can interrupt to paint a
  // frame: importing 2,000 files must not freeze the page while every table is rebuilt.
  const shown = useDeferredValue(workshop);
  const agg = useMemo(
    () =>
      shown
        ? aggregate(bank, shown.participants, {
            anonymise: shown.anonymise,
            letters: shown.letters ?? {},
            merges: shown.merges ?? {},
            countBy: shown.countBy ?? 'council',
          })
        : null,
    [bank, shown],
  );
  const highlightProp = useMemo(() => (agg ? chosenScores(agg, chosen) : null), [agg, chosen]);
  const change = useMemo(
    () => (shown?.previous && agg ? workshopChange(bank, agg, shown.previous) : null),
    [bank, agg, shown],
  );
  const suspects = useMemo(() => (shown ? likelyDuplicates(shown.participants) : []), [shown]);
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
  if (!workshop || !agg)
    return <WorkshopNotFound problem={load.kind === 'problem' ? load.message : null} />;

  const enough = agg.respondents >= MIN_GROUP;
  const upload = <UploadField importing={importing} onFiles={addFiles} />;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <ImportErrors importing={importing} />
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
        <ImportBanner importing={importing} />

        {!enough ? (
          <>
            {upload}
            <div className="govuk-inset-text">
              Add at least {MIN_GROUP} assessment files to see the workshop’s figures. No figure is
              shown for a group of fewer than {MIN_GROUP} responses, so that no one can be singled
              out.
            </div>
          </>
        ) : (
          <>
            <Notices anonymise={workshop.anonymise} suspects={suspects} />
            <p className="govuk-body">
              <button
                type="button"
                className="govuk-button"
                ref={presentButton}
                onClick={() => setPresenting(true)}
              >
                Present on a projector
              </button>
            </p>
            {presenting ? (
              <ProjectorView
                agg={agg}
                bank={bank}
                name={workshop.name}
                change={change}
                onClose={() => {
                  setPresenting(false);
                  presentButton.current?.focus();
                }}
              />
            ) : null}

            <h2 className="govuk-heading-m" id="glance" tabIndex={-1}>
              At a glance
            </h2>
            <AtAGlance agg={agg} bank={bank} />
            <Contents />

            <h2 className="govuk-heading-m" id="themes" tabIndex={-1}>
              Scores by theme
            </h2>
            <BoxChart themes={agg.themes} countBy={agg.countBy} highlight={highlightProp} />
            <ThemeTable agg={agg} />
            <ResponsesTable agg={agg} />

            <h2 className="govuk-heading-m" id="change" tabIndex={-1}>
              Change since the last workshop
            </h2>
            <PreviousWorkshopSection
              workshop={workshop}
              change={change}
              bank={bank}
              onChange={(next) => void save(next)}
              onError={setPreviousError}
            />

            <h2 className="govuk-heading-m" id="disagreement" tabIndex={-1}>
              Where responses disagree: discussion prompts
            </h2>
            <DisagreementSection agg={agg} bank={bank} />

            <h2 className="govuk-heading-m" id="heat-map" tabIndex={-1}>
              Where councils differ: heat map
            </h2>
            <HeatMapSection agg={agg} bank={bank} />

            <h2 className="govuk-heading-m" id="roles" tabIndex={-1}>
              Views by role
            </h2>
            <RoleSection agg={agg} />

            <h2 className="govuk-heading-m" id="compare" tabIndex={-1}>
              One council against the rest
            </h2>
            <CompareSection agg={agg} chosen={chosen} onChoose={setChosen} />

            <h2 className="govuk-heading-m" id="downloads" tabIndex={-1}>
              Download the workshop pack
            </h2>
            <Downloads workshop={workshop} agg={agg} bank={bank} />

            <h2 className="govuk-heading-m" id="add" tabIndex={-1}>
              Add more files
            </h2>
            {upload}
          </>
        )}

        <h2 className="govuk-heading-m" id="settings" tabIndex={-1}>
          Names, counting and merged organisations
        </h2>
        <WorkshopSettings workshop={workshop} onChange={(next) => void save(next)} />

        <h2 className="govuk-heading-m" id="protect" tabIndex={-1}>
          How we protect respondents
        </h2>
        <ProtectSection anonymise={workshop.anonymise} />

        {workshop.anonymise ? null : <Participants agg={agg} onRemove={remove} />}
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.workshops())}>
            All workshops
          </a>
        </p>
      </div>
    </div>
  );
}
