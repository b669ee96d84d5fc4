import { href, paths } from '../../routes/paths';
import type { PlanAction } from '../../domain/assessment-schema';
import { PRIORITIES, STATUSES } from '../../domain/options';
import { formatDate } from '../../domain/format';
import { isOverdue } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';

const PRIORITY_TAG = {
  high: 'govuk-tag--red',
  medium: 'govuk-tag--yellow',
  low: 'govuk-tag--grey',
} as const;
const STATUS_TAG = {
  'not-started': 'govuk-tag--grey',
  'in-progress': 'govuk-tag--light-blue',
  done: 'govuk-tag--green',
} as const;

type Props = {
  assessmentId: string;
  bank: Questionnaire;
  plan: PlanAction[];
  today: string;
  onChange: (id: string) => void;
  onMove: (id: string, by: -1 | 1) => void;
  onRemove: (id: string) => void;
};

/**
 * The actions in order, each a summary card with its own buttons. Buttons carry the action's
 * number in hidden text so that "Move up" is unambiguous out of context; ids let the editor put
 * focus back on the button that was pressed after the list re-orders.
 */
export function ActionList({ assessmentId, bank, plan, today, onChange, onMove, onRemove }: Props) {
  const question = (id: string | null) =>
    id === null ? undefined : bank.themes.flatMap((t) => t.questions).find((q) => q.id === id);
  return (
    <ol className="app-plan-list" data-testid="plan-list">
      {plan.map((a, i) => {
        const n = i + 1;
        const q = question(a.questionId);
        const theme = bank.themes.find((t) => t.id === a.themeId);
        const overdue = isOverdue(a, today);
        const hidden = (
          <>
            {' '}
            <span className="govuk-visually-hidden">action {n}</span>
          </>
        );
        return (
          <li className="govuk-summary-card app-plan-card" key={a.id} data-action-id={a.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title" id={`action-title-${a.id}`}>
                <span className="app-plan-card__number">{n}.</span> {a.text}
              </h3>
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <button
                    type="button"
                    className="app-button-link"
                    id={`change-${a.id}`}
                    onClick={() => onChange(a.id)}
                  >
                    Change{hidden}
                  </button>
                </li>
                {i > 0 && (
                  <li className="govuk-summary-card__action">
                    <button
                      type="button"
                      className="app-button-link"
                      id={`up-${a.id}`}
                      onClick={() => onMove(a.id, -1)}
                    >
                      Move up{hidden}
                    </button>
                  </li>
                )}
                {i < plan.length - 1 && (
                  <li className="govuk-summary-card__action">
                    <button
                      type="button"
                      className="app-button-link"
                      id={`down-${a.id}`}
                      onClick={() => onMove(a.id, 1)}
                    >
                      Move down{hidden}
                    </button>
                  </li>
                )}
                <li className="govuk-summary-card__action">
                  <button
                    type="button"
                    className="app-button-link"
                    id={`remove-${a.id}`}
                    onClick={() => onRemove(a.id)}
                  >
                    Remove{hidden}
                  </button>
                </li>
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list govuk-summary-list--no-border app-plan-card__list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Serves</dt>
                  <dd className="govuk-summary-list__value">
                    {theme?.title ?? a.themeId}
                    {q && (
                      <>
                        {': '}
                        <a className="govuk-link" href={href(paths.question(assessmentId, q.id))}>
                          {q.text}
                        </a>
                      </>
                    )}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Priority and status</dt>
                  <dd className="govuk-summary-list__value">
                    <strong className={`govuk-tag ${PRIORITY_TAG[a.priority]}`}>
                      {PRIORITIES[a.priority]} priority
                    </strong>{' '}
                    <strong className={`govuk-tag ${STATUS_TAG[a.status]}`}>
                      {STATUSES[a.status]}
                    </strong>
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Owner</dt>
                  <dd className="govuk-summary-list__value">
                    {a.owner ||
                      (a.priority === 'high' ? (
                        <strong className="govuk-tag govuk-tag--orange">
                          Needed for a high-priority action
                        </strong>
                      ) : (
                        <span className="app-muted">Not given</span>
                      ))}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Due</dt>
                  <dd className="govuk-summary-list__value">
                    {a.due ? formatDate(a.due) : <span className="app-muted">No date</span>}
                    {overdue && (
                      <>
                        {' '}
                        <strong className="govuk-tag govuk-tag--orange">Overdue</strong>
                      </>
                    )}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Success measure</dt>
                  <dd className="govuk-summary-list__value">
                    {a.measure || <span className="app-muted">Not given</span>}
                  </dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">Resources</dt>
                  <dd className="govuk-summary-list__value">
                    {a.resources || <span className="app-muted">Not given</span>}
                    {a.needsDecision && (
                      <>
                        {' '}
                        <strong className="govuk-tag govuk-tag--purple">
                          Needs a cabinet decision
                        </strong>
                      </>
                    )}
                  </dd>
                </div>
              </dl>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
