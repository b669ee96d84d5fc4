import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { LinkButton } from '../../components/link-button';
import { SummaryList } from '../../components/summary-list';
import { usePageTitle } from '../../components/use-page-title';
import type { Answer } from '../../domain/assessment-schema';
import { assessmentProgress } from '../../domain/progress';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';

function ResponseText({
  answer,
  scale,
  levels,
}: {
  answer: Answer | undefined;
  scale: readonly string[];
  levels: readonly string[];
}) {
  const r = answer?.response;
  if (!r) return <span className="govuk-hint govuk-!-margin-bottom-0">Not answered</span>;
  if (r.kind === 'dont-know') return <>Don’t know</>;
  if (r.kind === 'not-applicable')
    return <>Not applicable{r.reason ? `: ${r.reason}` : ' (no reason given)'}</>;
  return (
    <>
      <strong>
        {r.level} – {scale[r.level]}
      </strong>
      <span className="govuk-!-display-block govuk-body-s govuk-!-margin-bottom-0">
        {levels[r.level]}
      </span>
    </>
  );
}

export function CheckAnswersPage({ params }: PageProps<typeof paths.check>) {
  const id = params.id;
  const assessment = useAssessment(id);
  const questionnaire = useQuestionnaire();
  usePageTitle('Check your answers');
  if (!assessment) return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  const progress = assessmentProgress(questionnaire, assessment);
  const unanswered = progress.total - progress.answered;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <a href={href(paths.tasks(id))} className="govuk-back-link">
          Back to the assessment
        </a>
        <span className="govuk-caption-l">{assessment.about.organisation}</span>
        <h1 className="govuk-heading-l">Check your answers</h1>
        {unanswered > 0 ? (
          <div className="govuk-inset-text">
            {unanswered} question{unanswered === 1 ? ' is' : 's are'} not answered yet. Themes with
            fewer than 60% of their questions answered with a level are shown as provisional in the
            results.
          </div>
        ) : (
          <p className="govuk-body">
            You have answered every question. Check your answers before you look at the results.
          </p>
        )}

        {questionnaire.themes.map((theme) => {
          const tp = progress.themes.find((t) => t.themeId === theme.id);
          return (
            <div key={theme.id}>
              <h2 className="govuk-heading-m">{theme.title}</h2>
              <p className="govuk-body-s">
                {tp?.answered ?? 0} of {tp?.total ?? theme.questions.length} answered
              </p>
              <SummaryList
                className="app-summary-list--questions"
                rows={theme.questions.map((q, i) => {
                  const answer = assessment.answers[q.id];
                  return {
                    key: (
                      <>
                        {i + 1}. {q.text}
                      </>
                    ),
                    value: (
                      <>
                        <ResponseText
                          answer={answer}
                          scale={questionnaire.scale}
                          levels={q.levels}
                        />
                        {answer?.notes ? (
                          <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0 app-pre-wrap">
                            Notes: {answer.notes}
                          </span>
                        ) : null}
                        {answer?.evidence ? (
                          <span className="govuk-!-display-block govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0 app-pre-wrap">
                            Evidence: {answer.evidence}
                          </span>
                        ) : null}
                      </>
                    ),
                    action: {
                      href: href(paths.question(id, q.id)),
                      text: answer?.response ? 'Change' : 'Answer',
                      hidden: `${theme.title} question ${i + 1}`,
                    },
                  };
                })}
              />
            </div>
          );
        })}

        <h2 className="govuk-heading-m">Now see your results</h2>
        <p className="govuk-body">
          The results show a score and band for each theme, the critical gaps, and the priorities
          for your action plan.
        </p>
        <div className="govuk-button-group">
          <LinkButton href={href(paths.results(id))}>See your results</LinkButton>
          <a className="govuk-link" href={href(paths.tasks(id))}>
            Back to the task list
          </a>
        </div>
      </div>
    </div>
  );
}
