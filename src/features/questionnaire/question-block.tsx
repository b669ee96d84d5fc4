import { memo, useEffect, useRef, useState } from 'react';
import { Radios, type RadioOption } from '../../components/radios';
import { SavedTextarea } from '../../components/textarea-field';
import { choiceOf, responseOf, withAnswer, type ResponseChoice } from '../../domain/answer-edits';
import type { Answer } from '../../domain/assessment-schema';
import type { Question } from '../../domain/questionnaire-schema';
import { updateAssessment } from '../../store/library-store';
import { AnsweredSummary } from './answered-summary';

/**
 * One question: the five level descriptors as radios, "Don't know" and "Not applicable" (with a
 * reason), expandable guidance, and notes and evidence. Every change is saved as it is made.
 *
 * A question already answered when the page opens is shown folded to its answer, with a "Change"
 * button, so an answered theme fits in a few screens. An open question stays open while it is being
 * answered (arrow keys move through radios and choose as they go, so folding on a choice would
 * close it under the user's fingers) until "Done" folds it. Focus follows: "Change" puts it on the
 * chosen option, "Done" back on the "Change" button.
 */
export const QuestionBlock = memo(function QuestionBlock({
  assessmentId,
  question,
  number,
  of,
  scale,
  answer,
  autofocus,
}: {
  assessmentId: string;
  question: Question;
  number: number;
  of: number;
  scale: readonly string[];
  answer: Answer | undefined;
  autofocus: boolean;
}) {
  const qid = question.id;
  const domId = `q-${qid.replace(/\./g, '-')}`;
  const response = answer?.response ?? null;
  const chosen = choiceOf(response);
  const [folded, setFolded] = useState(() => response !== null && !autofocus);
  const focusNext = useRef<'choice' | 'change' | null>(null);
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    const where = focusNext.current;
    focusNext.current = null;
    if (!where || !section.current) return;
    const target =
      where === 'change'
        ? section.current.querySelector<HTMLElement>('.app-question__change')
        : (section.current.querySelector<HTMLElement>('input[type="radio"]:checked') ??
          section.current.querySelector<HTMLElement>('input[type="radio"]'));
    target?.focus();
  }, [folded]);
  const fold = (value: boolean) => {
    focusNext.current = value ? 'change' : 'choice';
    setFolded(value);
  };
  const save = (patch: Partial<Answer>) =>
    updateAssessment(assessmentId, (a) => withAnswer(a, qid, patch));

  const choose = (choice: ResponseChoice) =>
    updateAssessment(assessmentId, (a) =>
      withAnswer(a, qid, { response: responseOf(choice, a.answers[qid]?.response) }),
    );

  const options: RadioOption[] = [
    ...question.levels.map((descriptor, level) => ({
      value: `level-${level}`,
      label: `${level} – ${scale[level] ?? ''}`,
      hint: descriptor,
    })),
    { value: 'dont-know', label: 'Don’t know', dividerBefore: true },
    {
      value: 'not-applicable',
      label: 'Not applicable to this council',
      conditional: (
        <SavedTextarea
          id={`${domId}-reason`}
          label="Why does this not apply?"
          hint="Not applicable answers are left out of the score. Say why, so readers of the report understand."
          saved={response?.kind === 'not-applicable' ? response.reason : ''}
          onSave={(reason) => save({ response: { kind: 'not-applicable', reason } })}
          maxLength={2000}
        />
      ),
    },
  ];

  const caption = (
    <span className="govuk-caption-m">
      Question {number} of {of}
      {question.critical ? ' · critical question' : ''}
      {response ? <span className="app-question__answered"> · answered</span> : null}
    </span>
  );

  if (folded && response) {
    return (
      <section
        className="app-question app-question--folded"
        id={domId}
        aria-labelledby={`${domId}-heading`}
        ref={section}
      >
        <h2 className="govuk-heading-s govuk-!-margin-bottom-2" id={`${domId}-heading`}>
          {caption}
          {question.text}
        </h2>
        <AnsweredSummary
          response={response}
          scale={scale}
          levels={question.levels}
          answer={answer}
          number={number}
          onChange={() => fold(false)}
        />
      </section>
    );
  }

  return (
    <section
      className={`app-question${response ? ' app-question--answered' : ''}`}
      id={domId}
      aria-labelledby={`${domId}-heading`}
      ref={section}
    >
      <Radios
        idPrefix={`${domId}-response`}
        legendClassName="govuk-fieldset__legend--m"
        legend={
          <h2
            className="govuk-fieldset__heading"
            id={`${domId}-heading`}
            data-autofocus={autofocus ? '' : undefined}
          >
            {caption}
            {question.text}
          </h2>
        }
        hint={
          <>
            {question.critical ? (
              <strong className="govuk-tag govuk-tag--orange app-tag--wide govuk-!-margin-bottom-2">
                Critical: a low level here is a risk in itself
              </strong>
            ) : null}
            <span className="govuk-!-display-block">What would show this: {question.evidence}</span>
          </>
        }
        options={options}
        checkedValue={chosen}
        inputProps={(value) => ({
          name: `${domId}-response`,
          checked: chosen === value,
          onChange: () => choose(value as ResponseChoice),
        })}
      />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Why this matters</span>
        </summary>
        <div className="govuk-details__text app-pre-wrap">{question.guidance}</div>
      </details>
      {response ? (
        <p className="govuk-body">
          <button
            type="button"
            className="app-button-link"
            onClick={() => save({ response: null })}
          >
            Clear the answer<span className="govuk-visually-hidden"> to question {number}</span>
          </button>
        </p>
      ) : null}
      <SavedTextarea
        id={`${domId}-notes`}
        label={
          <>
            Notes (optional)<span className="govuk-visually-hidden"> for question {number}</span>
          </>
        }
        hint="Anything the council should know about this answer."
        saved={answer?.notes ?? ''}
        onSave={(notes) => save({ notes })}
        maxLength={10000}
      />
      <SavedTextarea
        id={`${domId}-evidence`}
        label={
          <>
            Evidence (optional)<span className="govuk-visually-hidden"> for question {number}</span>
          </>
        }
        hint="Documents, links or facts that support your answer. The report lists answers at level 3 or 4 without evidence as unevidenced claims, and the documents named here as background papers."
        saved={answer?.evidence ?? ''}
        onSave={(evidence) => save({ evidence })}
        maxLength={10000}
      />
      {response ? (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
          onClick={() => fold(true)}
        >
          Done <span className="govuk-visually-hidden">with question {number}</span>
        </button>
      ) : null}
    </section>
  );
});
