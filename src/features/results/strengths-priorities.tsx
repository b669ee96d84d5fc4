import { href, paths } from '../../routes/paths';
import type { ResultsModel } from '../../domain/results-model';
import { QuestionList, themeAndLevel } from './question-list';

/** How many priorities the page lists; the rest are in the action plan. */
const PRIORITIES_SHOWN = 10;

/** Strengths (levels 3 and 4) beside priorities (below target, critical gaps first). */
export function StrengthsAndPriorities({ id, model }: { id: string; model: ResultsModel }) {
  const { strengths, priorities } = model;
  return (
    <div className="govuk-grid-row app-section">
      <section aria-labelledby="strengths-heading" className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-l" id="strengths-heading">
          Strengths
        </h2>
        {strengths.length === 0 ? (
          <p className="govuk-body">No question is at level 3 or 4 yet.</p>
        ) : (
          <QuestionList
            assessmentId={id}
            items={strengths}
            note={themeAndLevel}
            numbered
            testId="strengths"
          />
        )}
      </section>
      <section aria-labelledby="priorities-heading" className="govuk-grid-column-one-half">
        <h2 className="govuk-heading-l" id="priorities-heading">
          Priorities
        </h2>
        {priorities.length === 0 ? (
          <p className="govuk-body">
            {model.anyScore
              ? 'Every answered question has reached its theme’s target.'
              : 'No question has been answered with a level yet.'}
          </p>
        ) : (
          <>
            <QuestionList
              assessmentId={id}
              items={priorities.slice(0, PRIORITIES_SHOWN)}
              note={(p) =>
                `${p.themeTitle}; level ${p.level}, target ${p.target}; ${p.priority} priority`
              }
              numbered
              testId="priorities"
            />
            {priorities.length > PRIORITIES_SHOWN && (
              <p className="govuk-body">
                And {priorities.length - PRIORITIES_SHOWN} more in the{' '}
                <a className="govuk-link" href={href(paths.plan(id))}>
                  action plan
                </a>
                .
              </p>
            )}
          </>
        )}
      </section>
    </div>
  );
}
