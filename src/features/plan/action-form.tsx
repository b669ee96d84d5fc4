import { ActionDecisionFields } from './action-decision-fields';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { ErrorSummary, type FieldError } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { PRIORITIES, STATUSES } from '../../domain/options';
import { isPastDate, parseDateParts } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import {
  ACTION_FIELDS,
  actionFormSchema,
  DUE_LABEL,
  type ActionField,
  type ActionFormValues,
} from './action-form-schema';

const fieldId = (name: ActionField) => `action-${name}`;
const DATE_PARTS = [
  ['dueDay', 'Day', 2],
  ['dueMonth', 'Month', 2],
  ['dueYear', 'Year', 4],
] as const;

/** The summary lists one entry per field in page order; the three date boxes share one message. */
function summaryOf(errors: FieldErrors<ActionFormValues>): FieldError[] {
  const list: FieldError[] = [];
  let dateShown = false;
  for (const name of ACTION_FIELDS) {
    const message = errors[name]?.message;
    if (!message) continue;
    const isDate = name.startsWith('due');
    if (isDate && dateShown) continue;
    dateShown ||= isDate;
    list.push({ fieldId: fieldId(name), message });
  }
  return list;
}

type Props = {
  heading: string;
  bank: Questionnaire;
  initial: ActionFormValues;
  today: string;
  onSave: (values: ActionFormValues) => void;
  onCancel: () => void;
};

/** Add or change one action: react-hook-form with the zod schema, errors in the GOV.UK pattern. */
export function ActionForm({ heading, bank, initial, today, onSave, onCancel }: Props) {
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    formState: { errors, submitCount },
  } = useForm<ActionFormValues>({
    resolver: zodResolver(actionFormSchema),
    defaultValues: initial,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const summary = summaryOf(errors);
  usePageTitle(heading, summary.length > 0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const themeId = watch('themeId');
  const theme = bank.themes.find((t) => t.id === themeId);
  const questionId = watch('questionId');
  useEffect(() => {
    if (questionId && !theme?.questions.some((q) => q.id === questionId))
      setValue('questionId', '');
  }, [theme, questionId, setValue]);

  const due = parseDateParts(
    { day: watch('dueDay'), month: watch('dueMonth'), year: watch('dueYear') },
    DUE_LABEL,
  );
  const pastDue = due.ok && isPastDate(due.value, today);
  const dueError = errors.dueDay?.message ?? errors.dueMonth?.message ?? errors.dueYear?.message;

  const group = (name: ActionField, extra = '') =>
    `govuk-form-group${errors[name] ? ' govuk-form-group--error' : ''}${extra}`;
  const errorMessage = (name: ActionField) =>
    errors[name]?.message ? (
      <p id={`${fieldId(name)}-error`} className="govuk-error-message">
        <span className="govuk-visually-hidden">Error:</span> {errors[name]?.message}
      </p>
    ) : null;
  const describedBy = (name: ActionField, hint?: string) =>
    [hint, errors[name] ? `${fieldId(name)}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <button type="button" className="govuk-back-link app-back-button" onClick={onCancel}>
          Back to the action plan
        </button>
        <ErrorSummary errors={submitCount > 0 ? summary : []} focusKey={failedSubmits} />
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {heading}
        </h1>
        <form noValidate onSubmit={handleSubmit(onSave, () => setFailedSubmits((n) => n + 1))}>
          <div className={group('text')}>
            <label className="govuk-label govuk-label--s" htmlFor={fieldId('text')}>
              Action
            </label>
            <div id={`${fieldId('text')}-hint`} className="govuk-hint">
              What will be done, in a sentence or two.
            </div>
            {errorMessage('text')}
            <textarea
              className={`govuk-textarea${errors.text ? ' govuk-textarea--error' : ''}`}
              id={fieldId('text')}
              rows={3}
              aria-describedby={describedBy('text', `${fieldId('text')}-hint`)}
              {...register('text')}
            />
          </div>

          <div className={group('themeId')}>
            <label className="govuk-label govuk-label--s" htmlFor={fieldId('themeId')}>
              Theme
            </label>
            {errorMessage('themeId')}
            <select
              className={`govuk-select${errors.themeId ? ' govuk-select--error' : ''}`}
              id={fieldId('themeId')}
              aria-describedby={describedBy('themeId')}
              {...register('themeId')}
            >
              <option value="">Choose a theme</option>
              {bank.themes.map((t) => (
                <option value={t.id} key={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          </div>

          <div className={group('questionId')}>
            <label className="govuk-label govuk-label--s" htmlFor={fieldId('questionId')}>
              Question it serves (optional)
            </label>
            <select
              className="govuk-select app-select-wide"
              id={fieldId('questionId')}
              {...register('questionId')}
            >
              <option value="">The theme as a whole</option>
              {theme?.questions.map((q, i) => (
                <option value={q.id} key={q.id}>
                  {i + 1}. {q.text}
                </option>
              ))}
            </select>
          </div>

          <div className={group('priority')}>
            <fieldset className="govuk-fieldset" aria-describedby={describedBy('priority')}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Priority</legend>
              {errorMessage('priority')}
              <div
                className="govuk-radios govuk-radios--inline govuk-radios--small"
                data-module="govuk-radios"
              >
                {(Object.keys(PRIORITIES) as (keyof typeof PRIORITIES)[]).map((p, i) => (
                  <div className="govuk-radios__item" key={p}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? fieldId('priority') : `${fieldId('priority')}-${p}`}
                      type="radio"
                      value={p}
                      {...register('priority')}
                    />
                    <label
                      className="govuk-label govuk-radios__label"
                      htmlFor={i === 0 ? fieldId('priority') : `${fieldId('priority')}-${p}`}
                    >
                      {PRIORITIES[p]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <div className={group('owner')}>
            <label className="govuk-label govuk-label--s" htmlFor={fieldId('owner')}>
              Owner
            </label>
            <div id={`${fieldId('owner')}-hint`} className="govuk-hint">
              The person or team responsible. A high-priority action must have one.
            </div>
            {errorMessage('owner')}
            <input
              className={`govuk-input govuk-!-width-two-thirds${errors.owner ? ' govuk-input--error' : ''}`}
              id={fieldId('owner')}
              type="text"
              autoComplete="off"
              aria-describedby={describedBy('owner', `${fieldId('owner')}-hint`)}
              {...register('owner')}
            />
          </div>

          <div className={`govuk-form-group${dueError ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              role="group"
              aria-describedby={[
                `${fieldId('dueDay')}-hint`,
                dueError ? `${fieldId('dueDay')}-error` : '',
                pastDue ? 'due-warning' : '',
              ]
                .filter(Boolean)
                .join(' ')}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                Due date (optional)
              </legend>
              <div id={`${fieldId('dueDay')}-hint`} className="govuk-hint">
                For example, 27 3 2027
              </div>
              {dueError && (
                <p id={`${fieldId('dueDay')}-error`} className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {dueError}
                </p>
              )}
              <div className="govuk-date-input">
                {DATE_PARTS.map(([name, label, width]) => (
                  <div className="govuk-date-input__item" key={name}>
                    <div className="govuk-form-group">
                      <label
                        className="govuk-label govuk-date-input__label"
                        htmlFor={fieldId(name)}
                      >
                        {label}
                      </label>
                      <input
                        className={`govuk-input govuk-date-input__input govuk-input--width-${width}${errors[name] ? ' govuk-input--error' : ''}`}
                        id={fieldId(name)}
                        type="text"
                        inputMode="numeric"
                        {...register(name)}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            {pastDue && (
              <div
                className="govuk-warning-text govuk-!-margin-top-3 govuk-!-margin-bottom-0"
                id="due-warning"
              >
                <span className="govuk-warning-text__icon" aria-hidden="true">
                  !
                </span>
                <strong className="govuk-warning-text__text">
                  <span className="govuk-visually-hidden">Warning</span>
                  This date is in the past. You can still save it; the action will be shown as
                  overdue until it is done.
                </strong>
              </div>
            )}
          </div>

          <div className={group('status')}>
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>
              {errorMessage('status')}
              <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
                {(Object.keys(STATUSES) as (keyof typeof STATUSES)[]).map((s, i) => (
                  <div className="govuk-radios__item" key={s}>
                    <input
                      className="govuk-radios__input"
                      id={i === 0 ? fieldId('status') : `${fieldId('status')}-${s}`}
                      type="radio"
                      value={s}
                      {...register('status')}
                    />
                    <label
                      className="govuk-label govuk-radios__label"
                      htmlFor={i === 0 ? fieldId('status') : `${fieldId('status')}-${s}`}
                    >
                      {STATUSES[s]}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <div className={group('measure')}>
            <label className="govuk-label govuk-label--s" htmlFor={fieldId('measure')}>
              Success measure (optional)
            </label>
            <div id={`${fieldId('measure')}-hint`} className="govuk-hint">
              How you will know the action has worked.
            </div>
            {errorMessage('measure')}
            <textarea
              className={`govuk-textarea${errors.measure ? ' govuk-textarea--error' : ''}`}
              id={fieldId('measure')}
              rows={2}
              aria-describedby={describedBy('measure', `${fieldId('measure')}-hint`)}
              {...register('measure')}
            />
          </div>

          <ActionDecisionFields register={register} errors={errors} />

          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save action
            </button>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={onCancel}
            >
              Cancel
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
