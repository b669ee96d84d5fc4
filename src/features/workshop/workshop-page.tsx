import { memo, useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { formatDate, plural } from '../../domain/format';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { usePageTitle } from '../../components/use-page-title';
import { MIN_GROUP } from '../../domain/aggregate-stats';
import { withLetters, type Workshop } from '../../domain/workshop';
import { workshopChange } from '../../domain/workshop-change';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { workshopStore } from '../../store/workshop-store';
import { useFigures } from './use-figures';
import { useWorkshopSave } from './use-workshop-save';
import { prewarmImportWorker } from '../../workers/read-files';
import { cryptoRandomInt } from '../../store/crypto-random';
import { WorkshopNotFound } from './workshop-notices';
import { WorkshopFigures } from './workshop-figures';
import { ParticipantsSection } from './workshop-participants';
import { ProtectSection } from './workshop-protect';
import { ImportBanner, ImportErrors, UploadField, useWorkshopImport } from './workshop-upload';
import { WorkshopSettings } from './workshop-settings';

// The list only changes with the figures: memo keeps progress updates from rebuilding it.
const Participants = memo(ParticipantsSection);

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

export function WorkshopPage({ params }: PageProps<typeof paths.workshop>) {
  const id = params.workshopId;
  const bank = useQuestionnaire();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [previousError, setPreviousError] = useState(false);

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
  const show = useCallback((next: Workshop) => setLoad({ kind: 'ok', workshop: next }), []);
  const { save, saveError } = useWorkshopSave(show);

  const { importing, errors, addFiles } = useWorkshopImport(
    load.kind === 'ok' ? load.workshop : null,
    bank,
    save,
  );
  usePageTitle(
    workshop ? workshop.name : load.kind === 'loading' ? 'Workshop' : 'Workshop not found',
    errors.length > 0 || previousError,
  );

  // For a large workshop the figures follow it a moment later, worked out outside React's render
  // in steps, so that importing 2,000 files never freezes the page while they are worked out.
  const figures = useFigures(bank, workshop);
  const agg = figures?.agg ?? null;
  // The list of every response (names on) is long: it is drawn after the figures, not with them.
  const listed = useDeferredValue(agg);
  const suspects = figures?.suspects ?? [];
  const previous = workshop?.previous;
  const change = useMemo(
    () => (previous && agg ? workshopChange(bank, agg, previous) : null),
    [bank, agg, previous],
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
  if (!workshop)
    return <WorkshopNotFound problem={load.kind === 'problem' ? load.message : null} />;
  if (!agg)
    return (
      <p className="govuk-body" role="status">
        Working out the workshop’s figures…
      </p>
    );

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
          <WorkshopFigures
            workshop={workshop}
            agg={agg}
            bank={bank}
            suspects={suspects}
            change={change}
            upload={upload}
            onChange={(next) => void save(next)}
            onPreviousError={setPreviousError}
          />
        )}

        <h2 className="govuk-heading-m" id="settings" tabIndex={-1}>
          Names, counting and merged organisations
        </h2>
        <WorkshopSettings workshop={workshop} onChange={(next) => void save(next)} />

        <h2 className="govuk-heading-m" id="protect" tabIndex={-1}>
          How we protect respondents
        </h2>
        <ProtectSection anonymise={workshop.anonymise} />

        {workshop.anonymise || !listed ? null : <Participants agg={listed} onRemove={remove} />}
        <p className="govuk-body">
          <a className="govuk-link" href={href(paths.workshops())}>
            All workshops
          </a>
        </p>
      </div>
    </div>
  );
}
