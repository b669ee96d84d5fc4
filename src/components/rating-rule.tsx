import { RATING_RULE } from '../domain/rating-rule';
import type { Questionnaire } from '../domain/questionnaire-schema';

/**
 * The rating rule, stated once near the top of every theme page and on "How scoring works", with
 * the bank's defined terms ("every", "most" …) so that two people rating the same council read
 * the levels the same way.
 */
export function RatingRule({ terms }: { terms: Questionnaire['terms'] }) {
  return (
    <div className="govuk-inset-text" data-testid="rating-rule">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-2">
        How to choose a level
      </p>
      <p className="govuk-body">{RATING_RULE}</p>
      {terms && terms.length > 0 ? (
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">What the words in the levels mean</span>
          </summary>
          <div className="govuk-details__text">
            <dl className="govuk-body">
              {terms.map((t) => (
                <div key={t.term}>
                  <dt className="govuk-!-font-weight-bold govuk-!-display-inline">“{t.term}”</dt>{' '}
                  <dd className="govuk-!-display-inline govuk-!-margin-left-0">
                    means {t.meaning}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        </details>
      ) : null}
    </div>
  );
}
