import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { dateErrorOf, dateErrorTarget } from '../../components/date-input';
import { ErrorSummary, fieldErrors, namedErrors } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { ActionFields } from './action-fields';
import { actionFormSchema, DUE_NAMES, type ActionFormValues } from './action-form-schema';

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
  const form = useForm<ActionFormValues>({
    resolver: zodResolver(actionFormSchema),
    defaultValues: initial,
    shouldFocusError: false,
    reValidateMode: 'onSubmit',
  });
  const { errors, submitCount } = form.formState;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const due = dateErrorOf(errors, DUE_NAMES);
  // One entry per field in page order; the three date boxes share one, linked to the first wrong box.
  const summary = fieldErrors([
    ...namedErrors(errors, ['text', 'themeId', 'priority', 'owner'], 'action-'),
    [due.error, dateErrorTarget('action-due', due.wrong)],
    ...namedErrors(errors, ['status', 'measure', 'resources'], 'action-'),
  ]);
  usePageTitle(heading, summary.length > 0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

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
        <form noValidate onSubmit={form.handleSubmit(onSave, () => setFailedSubmits((n) => n + 1))}>
          <ActionFields form={form} bank={bank} today={today} due={due} />
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
