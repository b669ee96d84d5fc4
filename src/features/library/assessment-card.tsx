import { useState } from 'react';
import { href, paths } from '../../routes/paths';
import { ErrorMessage } from '../../components/form-group';
import { assessmentLabel, assessmentTitle, formatDate, formatDateTime } from '../../domain/format';
import type { Assessment } from '../../domain/assessment-schema';
import { ROLES } from '../../domain/options';
import { assessmentProgress } from '../../domain/progress';
import { updateAssessment, useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';

/** The assessment's own name may be empty (it is then known by its organisation and date). */
export function renameProblem(name: string): string | null {
  if (name.trim().length > 120) return 'The name must be 120 characters or fewer';
  return null;
}

export function AssessmentCard({
  assessment: a,
  onExport,
  onDuplicate,
  onDelete,
  onRenamed,
}: {
  assessment: Assessment;
  onExport: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
  onRenamed: (label: string) => void;
}) {
  const questionnaire = useQuestionnaire();
  const meta = useLibrary((s) => s.meta[a.id]);
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(a.name);
  const [error, setError] = useState<string | null>(null);
  const progress = assessmentProgress(questionnaire, a);
  const domId = `card-${a.id}`;

  const saveName = () => {
    const problem = renameProblem(name);
    setError(problem);
    if (problem) {
      document.getElementById(`${domId}-name`)?.focus();
      return;
    }
    const renamed = { ...a, name: name.trim() };
    updateAssessment(a.id, (x) => ({ ...x, name: renamed.name }));
    setMode('view');
    onRenamed(assessmentLabel(renamed));
  };

  return (
    <div className="govuk-summary-card" id={domId}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title">
          {assessmentTitle(a)}
          <span className="govuk-visually-hidden">, {formatDate(a.about.date)}</span>
        </h2>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <a className="govuk-link" href={href(paths.tasks(a.id))}>
              Open
              <span className="govuk-visually-hidden"> {assessmentLabel(a)}</span>
            </a>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          {[
            ['Organisation', a.about.organisation],
            ['Date of assessment', formatDate(a.about.date)],
            ['Role', ROLES[a.about.role]],
            [
              'Progress',
              `${progress.answered} of ${progress.total} questions answered; ${progress.themesCompleted} of ${progress.themes.length} themes completed`,
            ],
            ['Last changed', formatDateTime(a.updatedAt)],
            [
              'Last exported',
              meta?.lastExportedAt
                ? formatDateTime(meta.lastExportedAt)
                : 'Never exported from this browser',
            ],
            ...(a.baseline
              ? [['Re-assessment of', `the assessment dated ${formatDate(a.baseline.date)}`]]
              : []),
          ].map(([k, v]) => (
            <div className="govuk-summary-list__row" key={k}>
              <dt className="govuk-summary-list__key">{k}</dt>
              <dd className="govuk-summary-list__value">{v}</dd>
            </div>
          ))}
        </dl>

        {mode === 'rename' ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              saveName();
            }}
          >
            <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
              <label className="govuk-label govuk-label--s" htmlFor={`${domId}-name`}>
                Name of this assessment
              </label>
              <div className="govuk-hint" id={`${domId}-name-hint`}>
                For example, “Draft for CMT, March”. Leave it empty to call it by its organisation
                and date. The organisation is changed on the assessment’s “About” page.
              </div>
              <ErrorMessage id={`${domId}-name-error`} message={error ?? undefined} />
              <input
                className={`govuk-input${error ? ' govuk-input--error' : ''}`}
                id={`${domId}-name`}
                type="text"
                value={name}
                aria-describedby={`${domId}-name-hint${error ? ` ${domId}-name-error` : ''}`}
                onChange={(e) => setName(e.target.value)}
                autoFocus
              />
            </div>
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button">
                Save the name
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  setMode('view');
                  setName(a.name);
                  setError(null);
                }}
              >
                Cancel
              </button>
            </div>
          </form>
        ) : mode === 'delete' ? (
          <div
            className="govuk-warning-text"
            role="group"
            aria-labelledby={`${domId}-delete-warning`}
          >
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text" id={`${domId}-delete-warning`}>
              <span className="govuk-visually-hidden">Warning</span>
              Delete {assessmentLabel(a)} from this browser?{' '}
              {meta?.lastExportedAt
                ? `It was last exported ${formatDateTime(meta.lastExportedAt)}.`
                : 'It has never been exported: export it first if you may need it.'}
            </strong>
            <div className="govuk-button-group govuk-!-margin-top-4">
              <button
                type="button"
                className="govuk-button govuk-button--warning"
                onClick={onDelete}
                autoFocus
              >
                Yes, delete it
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={onExport}
              >
                Export it first
              </button>
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => setMode('view')}
              >
                Cancel
              </button>
            </div>
          </div>
        ) : (
          <ul className="govuk-list app-card-actions govuk-!-margin-top-4">
            <li>
              <button type="button" className="app-button-link" onClick={() => setMode('rename')}>
                Rename<span className="govuk-visually-hidden"> {assessmentLabel(a)}</span>
              </button>
            </li>
            <li>
              <button type="button" className="app-button-link" onClick={onDuplicate}>
                Duplicate as a re-assessment
                <span className="govuk-visually-hidden"> of {assessmentLabel(a)}</span>
              </button>
              <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
                Starts a new assessment dated today from these answers, to see what has changed.
              </span>
            </li>
            <li>
              <button type="button" className="app-button-link" onClick={onExport}>
                Export as a file
                <span className="govuk-visually-hidden"> ({assessmentLabel(a)})</span>
              </button>
            </li>
            <li>
              <button type="button" className="app-button-link" onClick={() => setMode('delete')}>
                Delete<span className="govuk-visually-hidden"> {assessmentLabel(a)}</span>
              </button>
            </li>
          </ul>
        )}
      </div>
    </div>
  );
}
