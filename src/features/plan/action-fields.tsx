import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { Checkbox } from '../../components/checkbox';
import { DateInput, type DatePart } from '../../components/date-input';
import { radioOptions, Radios } from '../../components/radios';
import { SelectField, TextareaField, TextInput } from '../../components/form-group';
import { PRIORITIES, STATUSES } from '../../domain/options';
import { isPastDate, parseDateParts } from '../../domain/plan-edit';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { DUE_LABEL, DUE_NAMES, type ActionFormValues } from './action-form-schema';

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
  const choice = (name: 'priority' | 'status', legend: string, labels: Record<string, string>) => (
    <Radios
      idPrefix={`action-${name}`}
      legend={legend}
      legendClassName="govuk-fieldset__legend--s"
      error={errors[name]?.message}
      small
      inline={name === 'priority'}
      options={radioOptions(labels)}
      inputProps={() => register(name)}
    />
  );
  const longText = (name: 'text' | 'measure' | 'resources', label: string, hint: string) => (
    <TextareaField
      id={`action-${name}`}
      label={label}
      hint={hint}
      error={errors[name]?.message}
      rows={name === 'text' ? 3 : 2}
      {...register(name)}
    />
  );

  return (
    <>
      {longText('text', 'Action', 'What will be done, in a sentence or two.')}
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
      {choice('priority', 'Priority', PRIORITIES)}
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
      {choice('status', 'Status', STATUSES)}
      {longText(
        'measure',
        'Success measure (optional)',
        'How you will know the action has worked.',
      )}
      {/* Resources and a cabinet decision print in the report's plan table; a decision also
          feeds the cabinet paper's drafted recommendations. */}
      {longText(
        'resources',
        'Resources or cost (optional)',
        'Staff time, money and where it comes from, for example “20 days of finance officer time” or “£4,000 from the Communities budget”.',
      )}
      <Checkbox
        id="action-needsDecision"
        label="This action needs a cabinet decision"
        hint="The cabinet paper will ask the cabinet to approve it."
        {...register('needsDecision')}
      />
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
