import type { UseFieldArrayReturn } from 'react-hook-form';
import { dateErrorOf, DateInput } from '../../components/date-input';
import { Radios } from '../../components/radios';
import { ErrorMessage, TextareaField } from '../../components/form-group';
import {
  MEETING_DATE_LABEL,
  MEETING_DATE_NAMES,
  type CabinetFormValues,
} from './cabinet-form-schema';
import { CabinetText, type CabinetForm } from './cabinet-text-fields';

/** The meeting the paper goes to: its name, date, portfolio holder, key decision and wards. */
export function MeetingFields({ form }: { form: CabinetForm }) {
  const date = dateErrorOf(form.formState.errors, MEETING_DATE_NAMES);
  return (
    <>
      <CabinetText
        form={form}
        name="meeting"
        label="Meeting"
        hint="For example, Cabinet, or Communities Scrutiny Panel"
      />
      <DateInput
        id="meetingDate"
        legend={MEETING_DATE_LABEL}
        hint="For example, 9 12 2026. Leave it empty if the date is not set."
        error={date.error}
        wrong={date.wrong}
        inputProps={(part) => form.register(MEETING_DATE_NAMES[part])}
      />
      <CabinetText
        form={form}
        name="portfolioHolder"
        label="Portfolio holder"
        hint="The cabinet member responsible, with their portfolio"
      />
      <Radios
        idPrefix="keyDecision"
        legend="Is this a key decision?"
        legendClassName="govuk-fieldset__legend--s"
        hint="A key decision spends or saves a significant sum, or affects two or more wards; it must be on the forward plan."
        small
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
          { value: '', label: 'Not decided yet' },
        ]}
        inputProps={() => form.register('keyDecision')}
      />
      <CabinetText form={form} name="wards" label="Wards affected" hint="For example, All wards" />
    </>
  );
}

/**
 * The recommendations: drafted from the answers and the plan until the officer changes one, then
 * the officer's own. `onEdited` records that change, so a saved paper stops following the draft.
 */
export function RecommendationFields({
  form,
  list,
  edited,
  onEdited,
  onUseDrafted,
}: {
  form: CabinetForm;
  list: UseFieldArrayReturn<CabinetFormValues, 'recommendations'>;
  edited: boolean;
  onEdited: () => void;
  onUseDrafted: () => void;
}) {
  const errors = form.formState.errors.recommendations;
  return (
    <>
      <p className="govuk-body">
        {edited
          ? 'These are your recommendations: the decisions the cabinet is asked to take.'
          : 'Drafted from the priorities, the critical gaps and the actions marked as needing a cabinet decision. Change them, add or remove any; until you do, they follow the answers and the plan.'}
      </p>
      {list.fields.map((field, i) => (
        <div key={field.id} className="app-cabinet-recommendation">
          <TextareaField
            id={`recommendations-${i}`}
            label={`Recommendation ${i + 1}`}
            error={errors?.[i]?.text?.message}
            rows={2}
            {...form.register(`recommendations.${i}.text`, { onChange: onEdited })}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
            onClick={() => {
              list.remove(i);
              onEdited();
            }}
          >
            Remove<span className="govuk-visually-hidden"> recommendation {i + 1}</span>
          </button>
        </div>
      ))}
      <ErrorMessage id="recommendations-error" message={errors?.message} />
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => {
            list.append({ text: '' });
            onEdited();
          }}
        >
          Add a recommendation
        </button>
        {edited && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={onUseDrafted}
          >
            Use the drafted recommendations
          </button>
        )}
      </div>
    </>
  );
}
