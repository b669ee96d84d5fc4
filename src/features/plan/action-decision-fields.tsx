import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { ErrorMessage } from '../../components/error-summary';
import type { ActionFormValues } from './action-form-schema';

/**
 * The action's resources or cost, and whether it needs a cabinet decision: both print in the
 * report's plan table, and a decision feeds the cabinet paper's drafted recommendations.
 */
export function ActionDecisionFields({
  register,
  errors,
}: {
  register: UseFormRegister<ActionFormValues>;
  errors: FieldErrors<ActionFormValues>;
}) {
  const error = errors.resources?.message;
  return (
    <>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="action-resources">
          Resources or cost (optional)
        </label>
        <div id="action-resources-hint" className="govuk-hint">
          Staff time, money and where it comes from, for example “20 days of finance officer time”
          or “£4,000 from the Communities budget”.
        </div>
        <ErrorMessage id="action-resources-error" message={error} />
        <textarea
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          id="action-resources"
          rows={2}
          aria-describedby={`action-resources-hint${error ? ' action-resources-error' : ''}`}
          {...register('resources')}
        />
      </div>
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="action-needsDecision"
              type="checkbox"
              aria-describedby="action-needsDecision-hint"
              {...register('needsDecision')}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="action-needsDecision">
              This action needs a cabinet decision
            </label>
            <div id="action-needsDecision-hint" className="govuk-hint govuk-checkboxes__hint">
              The cabinet paper will ask the cabinet to approve it.
            </div>
          </div>
        </div>
      </div>
    </>
  );
}
