import '../../domain/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { ErrorMessage, ErrorSummary, type FieldError } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { usePageTitle } from '../../components/use-page-title';
import type { Assessment } from '../../domain/assessment-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { draftedRecommendationsFor } from '../../domain/report-cabinet';
import {
  CABINET_HEADINGS as H,
  IMPLICATION_HEADINGS,
  IMPLICATION_PROMPTS,
  type ImplicationKey,
} from '../../domain/report-wording';
import { updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { Field, MeetingDate } from './cabinet-fields';
import {
  CABINET_FIELDS,
  cabinetFormSchema,
  fromCabinetForm,
  toCabinetForm,
  type CabinetFormValues,
} from './cabinet-form-schema';

const TITLE = 'Cabinet paper';

function errorList(errors: FieldErrors<CabinetFormValues>): FieldError[] {
  const byName = errors as Record<string, { message?: string } | undefined>;
  return CABINET_FIELDS.flatMap(([name, fieldId]) => {
    if (name === 'recommendations') {
      const list = (errors.recommendations ?? []) as (
        { text?: { message?: string } } | undefined
      )[];
      const each = Array.from(list, (r, i) =>
        r?.text?.message ? [{ fieldId: `recommendations-${i}`, message: r.text.message }] : [],
      ).flat();
      const whole = (errors.recommendations as { message?: string } | undefined)?.message;
      return whole ? [{ fieldId, message: whole }, ...each] : each;
    }
    const message = byName[name]?.message;
    return message ? [{ fieldId, message }] : [];
  });
}

/** The "Cabinet paper" step: what the report's cabinet paper edition says beyond the answers. */
export function CabinetPage({ params }: PageProps<typeof paths.cabinet>) {
  const assessment = useAssessment(params.id);
  const bank = useQuestionnaire();
  return assessment ? (
    <CabinetForm key={assessment.id} assessment={assessment} bank={bank} />
  ) : (
    <AssessmentNotFound savedHref={href(paths.assessments())} />
  );
}

function CabinetForm({ assessment, bank }: { assessment: Assessment; bank: Questionnaire }) {
  const id = assessment.id;
  const [, navigate] = useLocation();
  const [submits, setSubmits] = useState(0);
  const drafted = useMemo(() => draftedRecommendationsFor(bank, assessment), [bank, assessment]);
  const wasDrafted = assessment.cabinet.recommendations === null;
  const { register, handleSubmit, formState, control, reset, getValues } =
    useForm<CabinetFormValues>({
      resolver: zodResolver(cabinetFormSchema),
      defaultValues: toCabinetForm(assessment.cabinet, drafted),
      shouldFocusError: false,
    });
  const recommendations = useFieldArray({ control, name: 'recommendations' });
  const [recommendationsEdited, setRecommendationsEdited] = useState(!wasDrafted);
  const errors = errorList(formState.errors);
  usePageTitle(TITLE, errors.length > 0);
  const e = formState.errors as Record<string, { message?: string } | undefined>;

  const onValid = (values: CabinetFormValues) => {
    const edited = recommendationsEdited || formState.dirtyFields.recommendations !== undefined;
    updateAssessment(id, (a) => ({ ...a, cabinet: fromCabinetForm(values, !edited) }));
    navigate(paths.report(id));
  };

  const useDrafted = () => {
    reset({ ...getValues(), recommendations: drafted.map((r) => ({ text: r.text })) });
    setRecommendationsEdited(false);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href={href(paths.plan(id))} className="govuk-back-link">
          Back to the action plan
        </a>
        <ErrorSummary errors={errors} focusKey={submits} />
        <span className="govuk-caption-l">{assessment.about.organisation}</span>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <p className="govuk-body">
          The report prints as a cabinet paper in the form councils use. Write here what the answers
          cannot say: the meeting, the decisions you ask for, the options and the implications.
          Anything left empty is printed as not yet written. Everything is saved with the
          assessment, on this device.
        </p>
        <form
          noValidate
          onSubmit={(event) => {
            setSubmits((n) => n + 1);
            void handleSubmit(onValid)(event);
          }}
        >
          <h2 className="govuk-heading-m">The meeting</h2>
          <Field
            id="meeting"
            label="Meeting"
            hint="For example, Cabinet, or Communities Scrutiny Panel"
            error={e.meeting?.message}
            registered={register('meeting')}
          />
          <MeetingDate error={e.meetingDate?.message} register={(name) => register(name)} />
          <Field
            id="portfolioHolder"
            label="Portfolio holder"
            hint="The cabinet member responsible, with their portfolio"
            error={e.portfolioHolder?.message}
            registered={register('portfolioHolder')}
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
            inputProps={() => register('keyDecision')}
          />
          <Field
            id="wards"
            label="Wards affected"
            hint="For example, All wards"
            error={e.wards?.message}
            registered={register('wards')}
          />

          <h2 className="govuk-heading-m">{H.purpose}</h2>
          <Field
            id="purpose"
            label="Purpose of the paper"
            hint="One or two sentences. Left empty, the paper says it reports the self-assessment and asks the cabinet to agree targets and adopt the action plan."
            error={e.purpose?.message}
            registered={register('purpose')}
            rows={3}
          />

          <h2 className="govuk-heading-m">{H.recommendations}</h2>
          <p className="govuk-body">
            {recommendationsEdited
              ? 'These are your recommendations: the decisions the cabinet is asked to take.'
              : 'Drafted from the priorities, the critical gaps and the actions marked as needing a cabinet decision. Change them, add or remove any; until you do, they follow the answers and the plan.'}
          </p>
          {recommendations.fields.map((field, i) => {
            const message = formState.errors.recommendations?.[i]?.text?.message;
            return (
              <div key={field.id} className="app-cabinet-recommendation">
                <Field
                  id={`recommendations-${i}`}
                  label={`Recommendation ${i + 1}`}
                  error={message}
                  registered={register(`recommendations.${i}.text`, {
                    onChange: () => setRecommendationsEdited(true),
                  })}
                  rows={2}
                />
                <button
                  type="button"
                  className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
                  onClick={() => {
                    recommendations.remove(i);
                    setRecommendationsEdited(true);
                  }}
                >
                  Remove<span className="govuk-visually-hidden"> recommendation {i + 1}</span>
                </button>
              </div>
            );
          })}
          <ErrorMessage
            id="recommendations-error"
            message={
              (formState.errors.recommendations as { message?: string } | undefined)?.message
            }
          />
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => {
                recommendations.append({ text: '' });
                setRecommendationsEdited(true);
              }}
            >
              Add a recommendation
            </button>
            {recommendationsEdited && (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={useDrafted}
              >
                Use the drafted recommendations
              </button>
            )}
          </div>

          <h2 className="govuk-heading-m">{H.options}</h2>
          <Field
            id="options"
            label="Options considered"
            hint="Each option and why it is recommended or rejected, including doing nothing. Leave a blank line between options."
            error={e.options?.message}
            registered={register('options')}
            rows={6}
          />

          <h2 className="govuk-heading-m">{H.implications}</h2>
          {(Object.keys(IMPLICATION_HEADINGS) as ImplicationKey[]).map((key) => (
            <Field
              key={key}
              id={key}
              label={IMPLICATION_HEADINGS[key]}
              hint={IMPLICATION_PROMPTS[key]}
              error={e[key]?.message}
              registered={register(key)}
              rows={4}
            />
          ))}

          <h2 className="govuk-heading-m">{H.contact}</h2>
          <Field
            id="contactName"
            label="Name"
            error={e.contactName?.message}
            registered={register('contactName')}
          />
          <Field
            id="contactJobTitle"
            label="Job title"
            error={e.contactJobTitle?.message}
            registered={register('contactJobTitle')}
          />
          <Field
            id="contactDetails"
            label="Email or phone"
            error={e.contactDetails?.message}
            registered={register('contactDetails')}
          />
          <p className="govuk-body">
            Background papers are collected from the evidence you gave with your answers.
          </p>
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button">
              Save and see the report
            </button>
            <a className="govuk-link" href={href(paths.report(id))}>
              See the report without saving
            </a>
          </div>
        </form>
      </div>
    </div>
  );
}
