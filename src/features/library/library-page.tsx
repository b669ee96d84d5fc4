import { loadAssessmentFileModule } from '../../components/assessment-file-module';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import { downloadAssessment } from '../../components/download-assessment';
import { LinkButton } from '../../components/link-button';
import { NotificationBanner } from '../../components/notification-banner';
import { byLastChange } from '../../components/recent-assessments';
import { usePageTitle } from '../../components/use-page-title';
import type { Assessment } from '../../domain/assessment-schema';
import { assessmentLabel } from '../../domain/format';
import {
  addAssessments,
  markExported,
  removeAssessment,
  useLibrary,
} from '../../store/library-store';
import { AssessmentCard } from './assessment-card';
import { StorageFacts } from './storage-facts';

type Flash =
  | { kind: 'deleted'; assessment: Assessment }
  | { kind: 'renamed' | 'exported'; label: string }
  | { kind: 'error'; message: string };

/** Every assessment saved in this browser: open, rename, duplicate as a re-assessment, export, delete. */
export function LibraryPage() {
  usePageTitle('Saved assessments');
  const assessments = useLibrary((s) => s.assessments);
  const listed = useLibrary((s) => s.storageReadable);
  const [, navigate] = useLocation();
  const [flash, setFlash] = useState<Flash | null>(null);
  const list = byLastChange(Object.values(assessments));

  const onExport = async (a: Assessment) => {
    try {
      await downloadAssessment(a);
      markExported(a.id);
      setFlash({ kind: 'exported', label: assessmentLabel(a) });
    } catch (error) {
      setFlash({
        kind: 'error',
        message: `The file could not be made: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  };

  const onDuplicate = async (a: Assessment) => {
    const { duplicateAsReassessment } = await loadAssessmentFileModule();
    const [id] = addAssessments([duplicateAsReassessment(a, crypto.randomUUID(), new Date())]);
    if (id) navigate(paths.tasks(id));
  };

  const onDelete = (a: Assessment) => {
    const removed = removeAssessment(a.id);
    if (removed) setFlash({ kind: 'deleted', assessment: removed });
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop govuk-grid-column-full">
        {flash?.kind === 'deleted' ? (
          <NotificationBanner
            success
            title="Deleted"
            heading={`${assessmentLabel(flash.assessment)} has been deleted from this browser.`}
          >
            <p className="govuk-body">
              <button
                type="button"
                className="app-button-link"
                onClick={() => {
                  addAssessments([flash.assessment]);
                  setFlash(null);
                }}
              >
                Undo: put it back
              </button>
            </p>
          </NotificationBanner>
        ) : null}
        {flash?.kind === 'renamed' ? (
          <NotificationBanner
            success
            title="Renamed"
            heading={`The assessment is now called ${flash.label}.`}
          />
        ) : null}
        {flash?.kind === 'exported' ? (
          <NotificationBanner
            success
            title="Exported"
            heading={`A file of ${flash.label} has been saved to your downloads.`}
          >
            <p className="govuk-body">
              Keep it somewhere safe, such as your council’s document store.
            </p>
          </NotificationBanner>
        ) : null}
        {flash?.kind === 'error' ? (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {flash.message}
          </p>
        ) : null}

        <h1 className="govuk-heading-l">Saved assessments</h1>
        <StorageFacts />

        {!listed ? (
          <p className="govuk-body">
            The assessments saved in this browser could not be listed, so some may be missing here.
          </p>
        ) : null}
        {list.length === 0 ? (
          listed ? (
            <p className="govuk-body">There are no assessments saved in this browser.</p>
          ) : null
        ) : (
          list.map((a) => (
            <AssessmentCard
              key={a.id}
              assessment={a}
              onExport={() => void onExport(a)}
              onDuplicate={() => void onDuplicate(a)}
              onDelete={() => onDelete(a)}
              onRenamed={(label) => setFlash({ kind: 'renamed', label })}
            />
          ))
        )}

        <div className="govuk-button-group">
          <LinkButton href={href(paths.newAssessment())}>Start a new assessment</LinkButton>
          <LinkButton href={href(paths.importFiles())} variant="secondary">
            Import a file
          </LinkButton>
        </div>
      </div>
    </div>
  );
}
