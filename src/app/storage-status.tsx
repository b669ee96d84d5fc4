import { useEffect, useState } from 'react';
import { downloadAssessment, downloadRaw } from '../components/download-assessment';
import { NotSavedAlert } from '../components/not-saved-alert';
import { NotificationBanner } from '../components/notification-banner';
import type { Assessment } from '../domain/assessment-schema';
import { fileSlug } from '../lib/download';
import {
  discardProblem,
  dismissNotices,
  markExported,
  useLibrary,
  type StoredProblem,
} from '../store/library-store';
import { useLoadedWorkshopStore } from '../store/workshop-registry';
import type { WorkshopStore } from '../store/workshop-store';

const labelOf = (a: Assessment | undefined, id: string) =>
  a ? `${a.about.organisation} (${a.about.date})` : id;

async function download(a: Assessment | undefined) {
  if (!a) return;
  await downloadAssessment(a);
  markExported(a.id);
}

/** Closing the tab while changes are unsaved would lose them: ask the browser to warn first. */
function useWarnBeforeLeaving(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}

/** The same guarantee for workshops, once a workshop page has loaded their store. */
function WorkshopsStatus() {
  const store = useLoadedWorkshopStore((s) => s.store);
  return store ? <WorkshopsNotSaved useWorkshops={store.engine.useStore} /> : null;
}

/** An alert with a download of each unsaved workshop. */
function WorkshopsNotSaved({
  useWorkshops,
}: {
  useWorkshops: WorkshopStore['engine']['useStore'];
}) {
  const save = useWorkshops((s) => s.save);
  const unsaved = useWorkshops((s) => s.unsaved);
  const workshops = useWorkshops((s) => s.workshops);
  useWarnBeforeLeaving(save.state === 'failed');
  if (save.state !== 'failed') return null;
  const atRisk = unsaved.length > 0 ? unsaved : Object.keys(workshops);
  return (
    <NotSavedAlert
      id="workshop-not-saved"
      message={
        save.message ?? 'Your latest changes to a workshop could not be saved on this device.'
      }
      items={atRisk.flatMap((id) => {
        const w = workshops[id];
        return w ? [{ id, label: `${w.name} (workshop, ${w.date})` }] : [];
      })}
      onDownload={(id) => {
        const w = workshops[id];
        if (w) downloadRaw(`${fileSlug(w.name)}-workshop-${w.date}.json`, w);
      }}
    />
  );
}

/** Every storage problem the user needs to know about, above each page's content. */
export function StorageStatus() {
  const save = useLibrary((s) => s.save);
  const unsaved = useLibrary((s) => s.unsaved);
  const assessments = useLibrary((s) => s.assessments);
  const problems = useLibrary((s) => s.problems);
  const elsewhere = useLibrary((s) => s.elsewhere);
  const readable = useLibrary((s) => s.storageReadable);

  useWarnBeforeLeaving(save.state === 'failed');

  // When storage could not be read at all, every assessment made in this tab is at risk.
  const atRisk = unsaved.length > 0 ? unsaved : Object.keys(assessments);
  return (
    <>
      {save.state === 'failed' ? (
        <NotSavedAlert
          message={save.message ?? 'Your latest changes could not be saved on this device.'}
          items={atRisk
            .filter((id) => assessments[id])
            .map((id) => ({ id, label: labelOf(assessments[id], id) }))}
          onDownload={(id) => void download(assessments[id])}
        />
      ) : null}
      <WorkshopsStatus />
      {!readable && save.state !== 'failed' ? (
        <NotificationBanner title="Important">
          <p className="govuk-notification-banner__heading" data-testid="library-unknown">
            The list of assessments saved on this device could not be read.
          </p>
          <p className="govuk-body">
            Nothing saved has been changed or deleted, and anything you do now is still saved. Until
            the list can be read, saved assessments may be missing from this tool’s pages: an
            imported file is checked against the saved copy with the same id before it is added.
            This page tries again every few seconds.
          </p>
        </NotificationBanner>
      ) : null}
      {problems.length > 0 ? <ProblemsBanner problems={problems} /> : null}
      {elsewhere.length > 0 ? (
        <NotificationBanner
          title={
            elsewhere.every((n) => n.kind === 'combined')
              ? 'Saved copy combined'
              : 'Updated in another tab'
          }
          live
        >
          <ul className="govuk-list">
            {elsewhere.map((n) => (
              <li key={n.id}>
                {n.kind === 'removed'
                  ? `${n.organisation} was deleted in another tab or window.`
                  : n.kind === 'kept'
                    ? `${n.organisation} was deleted in another tab or window, but you had changed it here, so it has been kept.`
                    : n.kind === 'combined'
                      ? `${n.organisation} was already saved on this device in a copy this page had not read. The two copies have been combined: no answer, note, evidence or action from either was removed; where they gave different answers, the one on this page was kept.`
                      : n.kind === 'merged'
                        ? `${n.organisation} was also changed in another tab or window. Both sets of changes have been kept; where you both changed the same answer, yours here was kept.`
                        : `${n.organisation} was updated in another tab or window. This page shows the latest answers.`}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={dismissNotices}
          >
            Dismiss
          </button>
        </NotificationBanner>
      ) : null}
    </>
  );
}

function ProblemsBanner({ problems }: { problems: StoredProblem[] }) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const corrupt = problems.filter((p) => p.kind === 'corrupt');
  const newer = problems.filter((p) => p.kind === 'newer');
  return (
    <NotificationBanner title="Saved data that could not be opened">
      {corrupt.length > 0 ? (
        <p className="govuk-notification-banner__heading">
          Some saved data on this device could not be read. It has been kept as it is and nothing
          has been written over it.
        </p>
      ) : null}
      {newer.length > 0 ? (
        <p className="govuk-notification-banner__heading">
          Some saved data was made by a newer version of this tool. This version cannot open it, so
          it has been left untouched. Open it with the newer version.
        </p>
      ) : null}
      <ul className="govuk-list">
        {problems.map((p, i) => (
          <li key={p.key} className="govuk-!-margin-bottom-4">
            <p className="govuk-body govuk-!-margin-bottom-2">
              Saved item {i + 1}: {p.message}.
            </p>
            <button
              type="button"
              className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2 govuk-!-margin-right-2"
              onClick={() => downloadRaw(`unreadable-saved-data-${i + 1}.json`, p.raw)}
            >
              Download the saved data
              <span className="govuk-visually-hidden"> for item {i + 1}</span>
            </button>
            {p.kind === 'corrupt' && confirming !== p.key ? (
              <button
                type="button"
                className="govuk-button govuk-button--warning govuk-!-margin-bottom-2"
                onClick={() => setConfirming(p.key)}
              >
                Discard it and start afresh
                <span className="govuk-visually-hidden"> (item {i + 1})</span>
              </button>
            ) : null}
            {confirming === p.key ? (
              <div className="govuk-warning-text govuk-!-margin-bottom-2">
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  Discarding deletes this data from the device for good. Download it first if you
                  may need it.
                </strong>
                <div className="govuk-button-group govuk-!-margin-top-2">
                  <button
                    type="button"
                    className="govuk-button govuk-button--warning"
                    onClick={() =>
                      discardProblem(p.key).then(
                        () => setConfirming(null),
                        (e: unknown) =>
                          setFailed(
                            `It could not be discarded: ${e instanceof Error ? e.message : String(e)}`,
                          ),
                      )
                    }
                  >
                    Yes, discard it
                  </button>
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary"
                    onClick={() => setConfirming(null)}
                  >
                    No, keep it
                  </button>
                </div>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {failed ? <p className="govuk-error-message">{failed}</p> : null}
    </NotificationBanner>
  );
}
