import { href, paths } from '../../routes/paths';
import type { ResultsQuestion } from '../../domain/results-model';

type Listed = ResultsQuestion & { critical?: boolean };

/** "Capacity; level 1 Emerging": where a question sits and the level it was given. */
export const themeAndLevel = (q: ResultsQuestion): string =>
  `${q.themeTitle}; level ${q.levelLabel ?? '–'}`;

/**
 * Questions the results list: each question's text links to it, with a note in brackets beside
 * it, and a red tag where it is a critical gap.
 */
export function QuestionList<T extends Listed>({
  assessmentId,
  items,
  note,
  numbered = false,
  testId,
  className = '',
}: {
  assessmentId: string;
  items: readonly T[];
  note: (q: T) => string;
  numbered?: boolean;
  testId?: string;
  className?: string;
}) {
  const List = numbered ? 'ol' : 'ul';
  return (
    <List
      className={`govuk-list govuk-list--${numbered ? 'number' : 'bullet'} ${className}`.trim()}
      data-testid={testId}
    >
      {items.map((q) => (
        <li key={q.questionId}>
          <a className="govuk-link" href={href(paths.question(assessmentId, q.questionId))}>
            {q.text}
          </a>{' '}
          <span className="app-muted">({note(q)})</span>
          {q.critical && (
            <>
              {' '}
              <strong className="govuk-tag govuk-tag--red app-tag">Critical gap</strong>
            </>
          )}
        </li>
      ))}
    </List>
  );
}
