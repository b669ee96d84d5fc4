import type { ReactNode } from 'react';
import { rowsOf, SummaryList } from '../../components/summary-list';
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
        // [id prefix, label, what it does, whether it applies]: no "Move up" for the first action.
        const buttons = [
          ['change', 'Change', () => onChange(a.id), true],
          ['up', 'Move up', () => onMove(a.id, -1), i > 0],
          ['down', 'Move down', () => onMove(a.id, 1), i < plan.length - 1],
          ['remove', 'Remove', () => onRemove(a.id), true],
        ] as const;
        return (
          <li className="govuk-summary-card app-plan-card" key={a.id} data-action-id={a.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title" id={`action-title-${a.id}`}>
                <span className="app-plan-card__number">{n}.</span> {a.text}
              </h3>
              <ul className="govuk-summary-card__actions">
                {buttons
                  .filter(([, , , applies]) => applies)
                  .map(([id, label, onClick]) => (
                    <li className="govuk-summary-card__action" key={id}>
                      <button
                        type="button"
                        className="app-button-link"
                        id={`${id}-${a.id}`}
                        onClick={onClick}
                      >
                        {label} <span className="govuk-visually-hidden">action {n}</span>
                      </button>
                    </li>
                  ))}
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList
                noBorder
                className="app-plan-card__list"
                rows={rowsOf([
                  [
                    'Serves',
                    <>
                      {theme?.title ?? a.themeId}
                      {q && (
                        <>
                          {': '}
                          <a className="govuk-link" href={href(paths.question(assessmentId, q.id))}>
                            {q.text}
                          </a>
                        </>
                      )}
                    </>,
                  ],
                  [
                    'Priority and status',
                    <>
                      <Tag className={PRIORITY_TAG[a.priority]}>
                        {PRIORITIES[a.priority]} priority
                      </Tag>{' '}
                      <Tag className={STATUS_TAG[a.status]}>{STATUSES[a.status]}</Tag>
                    </>,
                  ],
                  [
                    'Owner',
                    a.owner ||
                      (a.priority === 'high' ? (
                        <Tag className="govuk-tag--orange">Needed for a high-priority action</Tag>
                      ) : (
                        notGiven
                      )),
                  ],
                  [
                    'Due',
                    <>
                      {a.due ? formatDate(a.due) : <span className="app-muted">No date</span>}
                      {isOverdue(a, today) && (
                        <>
                          {' '}
                          <Tag className="govuk-tag--orange">Overdue</Tag>
                        </>
                      )}
                    </>,
                  ],
                  ['Success measure', a.measure || notGiven],
                  [
                    'Resources',
                    <>
                      {a.resources || notGiven}
                      {a.needsDecision && (
                        <>
                          {' '}
                          <Tag className="govuk-tag--purple">Needs a cabinet decision</Tag>
                        </>
                      )}
                    </>,
                  ],
                ])}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}

const notGiven = <span className="app-muted">Not given</span>;

function Tag({ className, children }: { className: string; children: ReactNode }) {
  return <strong className={`govuk-tag ${className}`}>{children}</strong>;
}
