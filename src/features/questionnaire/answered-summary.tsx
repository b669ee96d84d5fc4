import type { Answer, Response } from '../../domain/assessment-schema';

/** How an answer reads when its question is folded: the level and its descriptor, or the choice. */
function answerWords(
  response: Response,
  scale: readonly string[],
  levels: readonly string[],
): { choice: string; detail: string | null } {
  if (response.kind === 'level')
    return {
      choice: `${response.level} – ${scale[response.level] ?? ''}`,
      detail: levels[response.level] ?? null,
    };
  if (response.kind === 'dont-know') return { choice: 'Don’t know', detail: null };
  return {
    choice: 'Not applicable to this council',
    detail: response.reason ? `Why: ${response.reason}` : 'No reason given yet.',
  };
}

/** A folded question's answer, with what was recorded beside it and the "Change" button. */
export function AnsweredSummary({
  response,
  scale,
  levels,
  answer,
  number,
  onChange,
}: {
  response: Response;
  scale: readonly string[];
  levels: readonly string[];
  answer: Answer | undefined;
  number: number;
  onChange: () => void;
}) {
  const { choice, detail } = answerWords(response, scale, levels);
  const recorded = [answer?.notes ? 'notes' : null, answer?.evidence ? 'evidence' : null].filter(
    Boolean,
  );
  return (
    <div className="app-question__summary">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <span className="govuk-visually-hidden">Your answer: </span>
        <strong>{choice}</strong>
      </p>
      {detail ? <p className="govuk-body-s govuk-!-margin-bottom-1">{detail}</p> : null}
      <p className="govuk-body-s app-muted-text govuk-!-margin-bottom-2">
        {recorded.length > 0 ? `With ${recorded.join(' and ')}.` : 'No notes or evidence.'}
      </p>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 app-question__change"
        onClick={onChange}
      >
        Change <span className="govuk-visually-hidden">the answer to question {number}</span>
      </button>
    </div>
  );
}
