import '../../domain/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useFieldArray, useForm, type FieldErrors } from 'react-hook-form';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { dateErrorOf, dateErrorTarget } from '../../components/date-input';
import {
  ErrorSummary,
  fieldErrors,
  namedErrors,
  type FieldError,
} from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import type { Assessment } from '../../domain/assessment-schema';
import type { Questionnaire } from '../../domain/questionnaire-schema';
import { draftedRecommendationsFor } from '../../domain/report-cabinet';
import { CABINET_HEADINGS as H } from '../../domain/report-wording';
import { updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { MeetingFields, RecommendationFields } from './cabinet-fields';
import {
  cabinetFormSchema,
  fromCabinetForm,
  MEETING_DATE_NAMES,
  toCabinetForm,
  type CabinetFormValues,
} from './cabinet-form-schema';
import {
  CONTACT_FIELDS,
  IMPLICATION_FIELDS,
  OPTIONS_FIELDS,
  PURPOSE_FIELDS,
  TextSection,
} from './cabinet-text-fields';

const TITLE = 'Cabinet paper';

/** The error summary's entries in page order; each recommendation has its own. */
function errorList(errors: FieldErrors<CabinetFormValues>): FieldError[] {
  const date = dateErrorOf(errors, MEETING_DATE_NAMES);
  const recommendations = errors.recommendations;
  const text = (...names: string[]) => namedErrors(errors, names);
  return fieldErrors([
    ...text('meeting'),
    [date.error, dateErrorTarget('meetingDate', date.wrong)],
    ...text('portfolioHolder', 'wards', ...PURPOSE_FIELDS.map((f) => f.name)),
    [recommendations?.message, 'recommendations-0'],
    ...Array.from(
      { length: recommendations?.length ?? 0 },
      (_, i): [string | undefined, string] => [
        recommendations?.[i]?.text?.message,
        `recommendations-${i}`,
      ],
    ),
    ...text(...[...OPTIONS_FIELDS, ...IMPLICATION_FIELDS, ...CONTACT_FIELDS].map((f) => f.name)),
  ]);
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
  const form = useForm<CabinetFormValues>({
    resolver: zodResolver(cabinetFormSchema),
    defaultValues: toCabinetForm(assessment.cabinet, drafted),
    shouldFocusError: false,
  });
  const { handleSubmit, formState, control, reset, getValues } = form;
  const recommendations = useFieldArray({ control, name: 'recommendations' });
  const [recommendationsEdited, setRecommendationsEdited] = useState(!wasDrafted);
  const errors = errorList(formState.errors);
  usePageTitle(TITLE, errors.length > 0);

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
        <form noValidate onSubmit={handleSubmit(onValid, () => setSubmits((n) => n + 1))}>
          <h2 className="govuk-heading-m">The meeting</h2>
          <MeetingFields form={form} />
          <TextSection form={form} heading={H.purpose} fields={PURPOSE_FIELDS} />
          <h2 className="govuk-heading-m">{H.recommendations}</h2>
          <RecommendationFields
            form={form}
            list={recommendations}
            edited={recommendationsEdited}
            onEdited={() => setRecommendationsEdited(true)}
            onUseDrafted={useDrafted}
          />
          <TextSection form={form} heading={H.options} fields={OPTIONS_FIELDS} />
          <TextSection form={form} heading={H.implications} fields={IMPLICATION_FIELDS} />
          <TextSection form={form} heading={H.contact} fields={CONTACT_FIELDS} />
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
