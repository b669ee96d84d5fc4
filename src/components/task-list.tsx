import type { ReactNode } from 'react';

export type Task = {
  id: string;
  name: string;
  /** No href: the task cannot be started yet. */
  href?: string;
  hint?: ReactNode;
  status: { text: string; tag?: 'blue' | 'light-blue' | 'grey' };
};

/**
 * GOV.UK task list. Each status is words (a tag or plain text), never colour alone, and is tied
 * to its link with aria-describedby.
 */
export function TaskList({ tasks, idPrefix }: { tasks: Task[]; idPrefix: string }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => {
        const statusId = `${idPrefix}-${task.id}-status`;
        const hintId = `${idPrefix}-${task.id}-hint`;
        return (
          <li
            key={task.id}
            className={`govuk-task-list__item${task.href ? ' govuk-task-list__item--with-link' : ''}`}
          >
            <div className="govuk-task-list__name-and-hint">
              {task.href ? (
                <a
                  className="govuk-link govuk-task-list__link"
                  href={task.href}
                  aria-describedby={`${task.hint ? `${hintId} ` : ''}${statusId}`}
                >
                  {task.name}
                </a>
              ) : (
                <div>{task.name}</div>
              )}
              {task.hint ? (
                <div id={hintId} className="govuk-task-list__hint">
                  {task.hint}
                </div>
              ) : null}
            </div>
            <div
              className={`govuk-task-list__status${task.href ? '' : ' govuk-task-list__status--cannot-start-yet'}`}
              id={statusId}
            >
              {task.status.tag ? (
                <strong className={`govuk-tag govuk-tag--${task.status.tag}`}>
                  {task.status.text}
                </strong>
              ) : (
                task.status.text
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
