import { useState } from 'react';
import { useLocation } from 'wouter';
import { href, paths } from '../../app/paths';
import { LinkButton } from '../../components/link-button';
import { byLastChange, formatDateTime } from '../../components/recent-assessments';
import { usePageTitle, SERVICE_NAME } from '../../components/use-page-title';
import { answeredCount } from '../../domain/progress';
import { addAssessments, useLibrary } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { loadExample } from './try-example';

export function StartPage() {
  usePageTitle('Assess how ready your council is for community-led services');
  const questionnaire = useQuestionnaire();
  const assessments = useLibrary((s) => s.assessments);
  const listed = useLibrary((s) => s.storageReadable);
  const [, navigate] = useLocation();
  const [exampleState, setExampleState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  });
  const recent = byLastChange(Object.values(assessments)).slice(0, 3);
  const total = Object.keys(assessments).length;
  const questionCount = questionnaire.themes.reduce((n, t) => n + t.questions.length, 0);

  const tryExample = async () => {
    setExampleState({ busy: true, error: null });
    const result = await loadExample(questionnaire, crypto.randomUUID(), new Date());
    if (!result.ok) {
      setExampleState({
        busy: false,
        error: `The example could not be opened: ${result.issues.map((i) => i.message).join('; ')}.`,
      });
      return;
    }
    const [id] = addAssessments([result.value]);
    setExampleState({ busy: false, error: null });
    if (id) navigate(paths.results(id));
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">{SERVICE_NAME}</h1>
        <p className="govuk-body-l">
          Assess how ready your council is for community-led service delivery, the “Big Society”
          agenda: where you are strong, where the gaps are, and what to do next.
        </p>
        <p className="govuk-body">
          It is for council officers, elected members and voluntary and community sector partners in
          UK local authorities. You answer {questionCount} questions about five themes drawn from
          the LGiU policy briefing and related sources:
        </p>
        <ul className="govuk-list govuk-list--bullet" aria-label="The five themes">
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
          as you give it.
        </p>

        <LinkButton href={href(paths.newAssessment())} start>
          Start a new assessment
        </LinkButton>

        <h2 className="govuk-heading-m">Continue an assessment</h2>
        {recent.length === 0 ? (
          <p className="govuk-body">
            {listed
              ? 'There are no assessments saved in this browser yet.'
              : 'The assessments saved in this browser could not be listed, so none can be shown here.'}
          </p>
        ) : (
          <>
            <ul className="govuk-list app-actions-list">
              {recent.map((a) => (
                <li key={a.id}>
                  <a className="govuk-link" href={href(paths.tasks(a.id))}>
                    {a.about.organisation}
                    <span className="govuk-visually-hidden">, assessment dated {a.about.date}</span>
                  </a>
                  <span className="govuk-hint govuk-!-margin-bottom-0">
                    {answeredCount(questionnaire, a)} of {questionCount} questions answered · last
                    changed {formatDateTime(a.updatedAt)}
                  </span>
                </li>
              ))}
            </ul>
            <p className="govuk-body">
              <a className="govuk-link" href={href(paths.assessments())}>
                See all {total} saved assessment{total === 1 ? '' : 's'}
              </a>
            </p>
          </>
        )}

        <h2 className="govuk-heading-m">Open a file</h2>
        <p className="govuk-body">
          If you or a colleague exported an assessment from this tool, you can{' '}
          <a className="govuk-link" href={href(paths.importFiles())}>
            import the file
          </a>{' '}
          to carry on with it or compare it.
        </p>

        <h2 className="govuk-heading-m">Try the example</h2>
        <p className="govuk-body">
          See what a finished assessment looks like, using the answers of Northmoor Borough Council,
          a fictional council. A copy is saved in this browser that you can change or delete.
        </p>
        {exampleState.error ? (
          <p className="govuk-error-message" role="alert">
            <span className="govuk-visually-hidden">Error:</span> {exampleState.error}
          </p>
        ) : null}
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          disabled={exampleState.busy}
          aria-disabled={exampleState.busy}
          onClick={() => void tryExample()}
        >
          {exampleState.busy ? 'Opening the example…' : 'Try the example assessment'}
        </button>

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
