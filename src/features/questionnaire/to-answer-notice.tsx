import { Fragment } from 'react';
import { href, paths } from '../../routes/paths';
import { NotificationBanner } from '../../components/notification-banner';
import { toAnswerByTheme } from '../../domain/bank-upgrade';
import type { Questionnaire } from '../../domain/questionnaire-schema';

/**
 * After the question bank changed, the questions an assessment made with an earlier version still
 * has to answer, grouped by theme, each a link to the question itself.
 */
export function ToAnswerNotice({
  assessmentId,
  bank,
  madeWith,
  toAnswer,
}: {
  assessmentId: string;
  bank: Questionnaire;
  madeWith: string;
  toAnswer: readonly string[];
}) {
  if (toAnswer.length === 0) return null;
  const n = toAnswer.length;
  return (
    <NotificationBanner
      heading={`${n} question${n === 1 ? '' : 's'} to answer for version ${bank.version} of the question bank`}
    >
      <p className="govuk-body">
        This assessment was made with version {madeWith}. Your answers to the questions that did not
        change are kept. {n === 1 ? 'This question is' : 'These questions are'} new, or take the
        place of questions whose meaning changed, so {n === 1 ? 'it needs' : 'they need'} an answer:
      </p>
      {toAnswerByTheme(bank, toAnswer).map((group) => (
        <Fragment key={group.themeId}>
          <h3 className="govuk-heading-s govuk-!-margin-bottom-1">{group.title}</h3>
          <ul className="govuk-list govuk-list--bullet" data-testid={`to-answer-${group.themeId}`}>
            {group.questions.map((q) => (
              <li key={q.id}>
                <a
                  className="govuk-notification-banner__link"
                  href={href(paths.question(assessmentId, q.id))}
                >
                  {q.text}
                </a>
              </li>
            ))}
          </ul>
        </Fragment>
      ))}
      <p className="govuk-body">
        Where a new version rewords the levels of a question you answered before, check that your
        answer still fits them.
      </p>
    </NotificationBanner>
  );
}
