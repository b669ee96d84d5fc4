import type { PlanAction } from '../../domain/assessment-schema';
import { PRIORITIES } from '../../domain/options';

/**
 * The suggested actions that the draft plan leaves out (it takes about ten), offered one by one so
 * that the plan stays one a cabinet can own.
 */
export function PlanSuggestions({
  suggestions,
  questionNumber,
  onAdd,
}: {
  suggestions: readonly PlanAction[];
  questionNumber: (questionId: string | null) => string;
  onAdd: (action: PlanAction) => void;
}) {
  if (suggestions.length === 0) return null;
  return (
    <details className="govuk-details govuk-!-margin-top-6">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">
          {suggestions.length} more suggested {suggestions.length === 1 ? 'action' : 'actions'}
        </span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          The draft plan takes about ten actions: critical gaps first, then the top priorities.
          These are the other suggestions for your answers, in priority order.
        </p>
        <ul className="govuk-list app-plan-suggestions">
          {suggestions.map((s) => (
            <li key={s.id} className="govuk-!-margin-bottom-4">
              <p className="govuk-body govuk-!-margin-bottom-1">{s.text}</p>
              <p className="govuk-body-s app-muted govuk-!-margin-bottom-2">
                {PRIORITIES[s.priority]} priority, question {questionNumber(s.questionId)}
              </p>
              <button
                type="button"
                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                onClick={() => onAdd(s)}
              >
                Add to the plan<span className="govuk-visually-hidden">: {s.text}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}
