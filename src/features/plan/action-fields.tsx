import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { DateInput, type DatePart } from '../../components/date-input';
import { Radios } from '../../components/radios';
import { SelectField } from '../../components/select-field';
import { TextInput } from '../../components/text-input';
import { TextareaField } from '../../components/textarea-field';
import { PRIORITIES, STATUSES } from '../../domain/options';
import { isPastDate, parseDateParts } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { ActionDecisionFields } from './action-decision-fields';
import { DUE_LABEL, DUE_NAMES, type ActionFormValues } from './action-form-schema';

const optionsOf = (labels: Record<string, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The action form's fields, in page order (which is also the error summary's order). */
export function ActionFields({
  form: { register, watch, setValue, formState },
  bank,
  today,
  due,
}: {
  form: UseFormReturn<ActionFormValues>;
  bank: Questionnaire;
  today: string;
  due: { error: string | undefined; wrong: DatePart[] };
}) {
  const { errors } = formState;
  const theme = bank.themes.find((t) => t.id === watch('themeId'));
  const questionId = watch('questionId');
  // A question belongs to one theme: choosing another theme clears it.
  useEffect(() => {
    if (questionId && !theme?.questions.some((q) => q.id === questionId))
      setValue('questionId', '');
  }, [theme, questionId, setValue]);

  const dueDate = parseDateParts(
    { day: watch('dueDay'), month: watch('dueMonth'), year: watch('dueYear') },
    DUE_LABEL,
  );
  const pastDue = dueDate.ok && isPastDate(dueDate.value, today);

  return (
    <>
      <TextareaField
        id="action-text"
        label="Action"
        hint="What will be done, in a sentence or two."
        error={errors.text?.message}
        {...register('text')}
      />
      <SelectField
        id="action-themeId"
        label="Theme"
        error={errors.themeId?.message}
        {...register('themeId')}
      >
        <option value="">Choose a theme</option>
        {bank.themes.map((t) => (
          <option value={t.id} key={t.id}>
            {t.title}
          </option>
        ))}
      </SelectField>
      <SelectField
        id="action-questionId"
        label="Question it serves (optional)"
        className="app-select-wide"
        {...register('questionId')}
      >
        <option value="">The theme as a whole</option>
        {theme?.questions.map((q, i) => (
          <option value={q.id} key={q.id}>
            {i + 1}. {q.text}
          </option>
        ))}
      </SelectField>
      <Radios
        idPrefix="action-priority"
        legend="Priority"
        legendClassName="govuk-fieldset__legend--s"
        error={errors.priority?.message}
        small
        inline
        options={optionsOf(PRIORITIES)}
        inputProps={() => register('priority')}
      />
      <TextInput
        id="action-owner"
        label="Owner"
        hint="The person or team responsible. A high-priority action must have one."
        error={errors.owner?.message}
        className="govuk-!-width-two-thirds"
        autoComplete="off"
        {...register('owner')}
      />
      <DateInput
        id="action-due"
        legend="Due date (optional)"
        hint="For example, 27 3 2027"
        error={due.error}
        wrong={due.wrong}
        alsoDescribedBy={pastDue ? 'due-warning' : undefined}
        inputProps={(part) => register(DUE_NAMES[part])}
        after={pastDue ? <PastDueWarning /> : null}
      />
      <Radios
        idPrefix="action-status"
        legend="Status"
        legendClassName="govuk-fieldset__legend--s"
        error={errors.status?.message}
        small
        options={optionsOf(STATUSES)}
        inputProps={() => register('status')}
      />
      <TextareaField
        id="action-measure"
        label="Success measure (optional)"
        hint="How you will know the action has worked."
        error={errors.measure?.message}
        rows={2}
        {...register('measure')}
      />
      <ActionDecisionFields register={register} errors={errors} />
    </>
  );
}

function PastDueWarning() {
  return (
    <div
      className="govuk-warning-text govuk-!-margin-top-3 govuk-!-margin-bottom-0"
      id="due-warning"
    >
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        This date is in the past. You can still save it; the action will be shown as overdue until
        it is done.
      </strong>
    </div>
  );
}
