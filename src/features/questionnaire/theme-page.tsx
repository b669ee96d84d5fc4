import { useEffect } from 'react';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { focusElement } from '../../components/focus';
import { LinkButton } from '../../components/link-button';
import { RatingRule } from '../../components/rating-rule';
import { usePageTitle } from '../../components/use-page-title';
import { themeProgress } from '../../domain/progress';
import { useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { QuestionBlock } from './question-block';
import { useBankFit } from './use-bank-fit';
import { ThemeProgress } from './theme-progress';

export function ThemePage({ params }: PageProps<typeof paths.theme | typeof paths.question>) {
  const id = params.id;
  const themeId = params.themeId;
  const questionId = params.questionId;
  const questionnaire = useQuestionnaire();
  const assessment = useAssessment(id);
  // Opening a theme page directly (a bookmark, a gap link) fits a stored assessment to the bank too.
  useBankFit(id, assessment, questionnaire);
  const index = questionnaire.themes.findIndex((t) => t.id === themeId);
  const theme = questionnaire.themes[index];
  usePageTitle(theme ? `${theme.title}: questions` : 'Page not found');

  // A change link or a gap list points at one question: bring it into view and focus it, on a
  // first load as well as after navigation.
  useEffect(() => {
    if (!questionId) return;
    const el = document.getElementById(`q-${questionId.replace(/\./g, '-')}-heading`);
    focusElement(el);
    el?.scrollIntoView?.({ block: 'start' });
  }, [questionId]);

  if (!assessment) return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  if (!theme) {
    return (
      <>
        <h1 className="govuk-heading-l">Page not found</h1>
        <p className="govuk-body">
          There is no theme called “{themeId}”.{' '}
          <a className="govuk-link" href={href(paths.tasks(id))}>
            Go back to the assessment
          </a>
          .
        </p>
      </>
    );
  }
  const previous = questionnaire.themes[index - 1];
  const next = questionnaire.themes[index + 1];
  const progress = themeProgress(theme, assessment.answers);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={href(paths.tasks(id))} className="govuk-back-link">
          Back to the assessment
        </a>
        <span className="govuk-caption-l">
          Theme {index + 1} of {questionnaire.themes.length} · {assessment.about.organisation}
        </span>
        <h1 className="govuk-heading-l">{theme.title}</h1>
        <p className="govuk-body">{theme.summary}</p>
        <p className="govuk-body">
          Choose the highest level whose conditions all hold for your council now. If you are not
          sure, choose “Don’t know”: it is better than a guess. Your answers are saved as you give
          them.
        </p>
        <RatingRule terms={questionnaire.terms} />
        <ThemeProgress answered={progress.answered} total={progress.total} />

        {theme.questions.map((q, i) => (
          <QuestionBlock
            key={q.id}
            assessmentId={id}
            question={q}
            number={i + 1}
            of={theme.questions.length}
            scale={questionnaire.scale}
            answer={assessment.answers[q.id]}
            autofocus={q.id === questionId}
          />
        ))}

        <div className="govuk-button-group">
          {next ? (
            <LinkButton href={href(paths.theme(id, next.id))}>Continue to {next.title}</LinkButton>
          ) : (
            <LinkButton href={href(paths.check(id))}>Continue to check your answers</LinkButton>
          )}
          <a href={href(paths.tasks(id))} className="govuk-link">
            Back to the task list
          </a>
        </div>

        <nav className="govuk-pagination govuk-pagination--block" aria-label="Themes">
          {previous ? (
            <PaginationLink
              direction="prev"
              to={href(paths.theme(id, previous.id))}
              title={previous.title}
            />
          ) : null}
          {next ? (
            <PaginationLink
              direction="next"
              to={href(paths.theme(id, next.id))}
              title={next.title}
            />
          ) : null}
        </nav>
      </div>
    </div>
  );
}

const ARROWS = {
  prev: 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z',
  next: 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z',
};

/** One side of the GOV.UK pagination block: "Previous theme: <title>" or "Next theme: <title>". */
function PaginationLink({
  direction,
  to,
  title,
}: {
  direction: 'prev' | 'next';
  to: string;
  title: string;
}) {
  return (
    <div className={`govuk-pagination__${direction}`}>
      <a className="govuk-link govuk-pagination__link" href={to} rel={direction}>
        <svg
          className={`govuk-pagination__icon govuk-pagination__icon--${direction}`}
          xmlns="http://www.w3.org/2000/svg"
          height="13"
          width="15"
          aria-hidden="true"
          focusable="false"
          viewBox="0 0 15 13"
        >
          <path d={ARROWS[direction]} />
        </svg>
        <span className="govuk-pagination__link-title">
          {direction === 'prev' ? 'Previous' : 'Next'}
          <span className="govuk-visually-hidden"> theme</span>
        </span>
        <span className="govuk-visually-hidden">:</span>
        <span className="govuk-pagination__link-label">{title}</span>
      </a>
    </div>
  );
}
