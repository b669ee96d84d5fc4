import { useState } from 'react';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import { LinkButton } from '../../components/link-button';
import { byLastChange } from '../../components/recent-assessments';
import { usePageTitle, SERVICE_NAME } from '../../components/use-page-title';
import {
  assessmentTitle,
  countInWords,
  formatDate,
  formatShortDate,
  plural,
} from '../../domain/format';
import { answeredCount } from '../../domain/progress';
import { addAssessments, lookupSaved, saveLibrary, useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { loadExample } from './try-example';

type ExampleState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  /** A copy of the example is already saved: open it, or save another on purpose. */
  | { kind: 'exists'; id: string };

/**
 * The start page: the four ways in (start, continue, import, try the example) come first, so they
 * are in the first screen on a laptop and on a phone; what the assessment covers follows.
 */
export function StartPage() {
  usePageTitle('Assess how ready your council is for community-led services');
  const questionnaire = useQuestionnaire();
  const assessments = useLibrary((s) => s.assessments);
  const listed = useLibrary((s) => s.storageReadable);
  const [, navigate] = useLocation();
  const [example, setExample] = useState<ExampleState>({ kind: 'idle' });
  const recent = byLastChange(Object.values(assessments)).slice(0, 3);
  const total = Object.keys(assessments).length;
  const questionCount = questionnaire.themes.reduce((n, t) => n + t.questions.length, 0);
  // The bank decides how many themes there are; the page only says so.
  const themes = countInWords(questionnaire.themes.length, 'theme');

  const tryExample = async (another: boolean) => {
    setExample({ kind: 'busy' });
    const now = new Date();
    const result = await loadExample(questionnaire, now, another ? crypto.randomUUID() : undefined);
    if (!result.ok) {
      setExample({
        kind: 'error',
        message: `The example could not be opened: ${result.issues.map((i) => i.message).join('; ')}.`,
      });
      return;
    }
    const copy = result.value;
    // When the saved assessments could not be listed, read the example's own record first, so a
    // copy already saved is found (and never overwritten).
    await lookupSaved([copy.id]);
    if (!another && useLibrary.getState().assessments[copy.id]) {
      setExample({ kind: 'exists', id: copy.id });
      return;
    }
    const name = another
      ? `${assessmentTitle(copy)} (copy of ${formatDate(now.toISOString())})`
      : copy.name;
    const [id] = addAssessments([{ ...copy, name }]);
    // Saved before its results open, so leaving or reloading at once cannot lose the new copy.
    await saveLibrary();
    setExample({ kind: 'idle' });
    if (id) navigate(paths.results(id));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{SERVICE_NAME}</h1>
        <p className="govuk-body">
          Assess how ready your council is for community-led service delivery, the “Big Society”
          agenda: where you are strong, where the gaps are, and what to do next.
        </p>

        <LinkButton href={href(paths.newAssessment())} start>
          Start a new assessment
        </LinkButton>

        {recent.length > 0 ? (
          <>
            <h2 className="govuk-heading-s govuk-!-margin-bottom-2">Continue an assessment</h2>
            <ul className="govuk-list app-recent-list">
              {recent.map((a) => (
                <li key={a.id}>
                  <a className="govuk-link" href={href(paths.tasks(a.id))}>
                    {assessmentTitle(a)}
                    <span className="govuk-visually-hidden">
                      , assessment dated {formatDate(a.about.date)}
                    </span>
                  </a>
                  <span className="app-recent-list__meta">
                    {a.name.trim() ? `${a.about.organisation}. ` : ''}
                    {answeredCount(questionnaire, a)} of {questionCount} answered, changed{' '}
                    {formatShortDate(a.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
            {total > recent.length ? (
              <p className="govuk-body-s">
                <a className="govuk-link" href={href(paths.assessments())}>
                  See all {plural(total, 'saved assessment')}
                </a>
              </p>
            ) : null}
          </>
        ) : listed ? null : (
          <p className="govuk-body-s">
            The assessments saved in this browser could not be listed, so none can be shown here.
          </p>
        )}

        <ExampleChoice
          state={example}
          onOpen={(id) => navigate(paths.results(id))}
          onAnother={() => void tryExample(true)}
          onCancel={() => setExample({ kind: 'idle' })}
        />
        <div className="govuk-button-group app-start-more">
          {example.kind === 'exists' ? null : (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              disabled={example.kind === 'busy'}
              aria-disabled={example.kind === 'busy'}
              onClick={() => void tryExample(false)}
            >
              {example.kind === 'busy' ? 'Opening the example…' : 'Try the example assessment'}
            </button>
          )}
          <a className="govuk-link" href={href(paths.importFiles())}>
            Import an assessment file
          </a>
        </div>

        <h2 className="govuk-heading-m">What you will do</h2>
        <p className="govuk-body">
          It is for council officers, elected members and voluntary and community sector partners in
          UK local authorities. You answer {questionCount} questions about {themes} drawn from the
          LGiU policy briefing and related sources:
        </p>
        <ul className="govuk-list govuk-list--bullet" aria-label={`The ${themes}`}>
          {questionnaire.themes.map((t) => (
            <li key={t.id}>
              <strong>{t.title}</strong>: {t.summary}
            </li>
          ))}
        </ul>
        <p className="govuk-body">
          You get a score and a band for each theme, the gaps that matter most, an action plan with
          owners and dates, and a report for a cabinet briefing as a PDF, a Word document or an
          accessible web page.
        </p>
        <p className="govuk-body">
          It takes 20 to 40 minutes. You can stop at any time and come back: every answer is saved
          as you give it. The example uses the answers of Northmoor Borough Council, a fictional
          council; a copy is saved in this browser that you can change or delete.
        </p>

        <h2 className="govuk-heading-m">Where your answers are kept</h2>
        <p className="govuk-body">
          Only in this browser, on this device. Nothing is sent to a server, and nobody else can see
          your answers. Clearing your browser’s data, or using a private window, removes them.
        </p>
        <p className="govuk-body">
          To keep a copy for the record, or to move to another device, export the assessment as a
          file from your{' '}
          <a className="govuk-link" href={href(paths.assessments())}>
            saved assessments
          </a>{' '}
          and keep it somewhere safe, such as your council’s document store. You can import it again
          at any time.{' '}
          <a className="govuk-link" href={href(paths.privacy())}>
            More about where your data is kept
          </a>
          .
        </p>
      </div>
    </div>
  );
}

/** The error, or the choice offered when the example is already saved in this browser. */
function ExampleChoice({
  state,
  onOpen,
  onAnother,
  onCancel,
}: {
  state: ExampleState;
  onOpen: (id: string) => void;
  onAnother: () => void;
  onCancel: () => void;
}) {
  if (state.kind === 'error')
    return (
      <p className="govuk-error-message" role="alert">
        <span className="govuk-visually-hidden">Error:</span> {state.message}
      </p>
    );
  if (state.kind !== 'exists') return null;
  return (
    <div className="govuk-inset-text govuk-!-margin-top-2" role="status">
      <p className="govuk-body">A copy of the example is already saved in this browser.</p>
      <div className="govuk-button-group govuk-!-margin-bottom-0">
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-0"
          onClick={() => onOpen(state.id)}
          // The choice replaces the button that was pressed, so focus moves to its first answer.
          autoFocus
        >
          Open the saved copy
        </button>
        <button type="button" className="app-button-link" onClick={onAnother}>
          Save another copy
        </button>
        <button type="button" className="app-button-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
