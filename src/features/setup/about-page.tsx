// Must come first: tells zod not to probe `new Function` (the CSP forbids it) before any schema is built.
import '../../domain/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { dateErrorOf, dateErrorTarget, DateInput } from '../../components/date-input';
import { ErrorSummary, fieldErrors, namedErrors } from '../../components/error-summary';
import { radioOptions, Radios, type RadioOption } from '../../components/radios';
import { TextInput } from '../../components/form-group';
import { usePageTitle } from '../../components/use-page-title';
import { newAssessment } from '../../domain/assessment-file';
import type { About } from '../../domain/assessment-schema';
import { AUTHORITY_TYPES, MARKINGS, ROLES } from '../../domain/options';
import { dateToParts } from '../../domain/plan-edit';
import { addAssessments, updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import {
  aboutFormSchema,
  ASSESSMENT_DATE_LABEL,
  DATE_NAMES,
  type AboutFormInput,
} from './about-form-schema';

const MARKING_HINTS: Record<keyof typeof MARKINGS, string> = {
  none: 'The report and exported files carry no marking.',
  OFFICIAL: 'Printed at the top and bottom of every page of the report.',
  'OFFICIAL-SENSITIVE': 'Use if the answers must only be shared with those who need to know.',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** "About the assessment": creates an assessment (`/new`) or changes its details (`/a/:id/about`). */
export function AboutPage({ params }: PageProps<typeof paths.newAssessment | typeof paths.about>) {
  const id = params.id;
  const existing = useAssessment(id);
  if (id !== undefined && !existing)
    return <AssessmentNotFound savedHref={href(paths.assessments())} />;
  return <AboutForm key={id ?? 'new'} id={id} initial={existing?.about} />;
}

function AboutForm({ id, initial }: { id: string | undefined; initial: About | undefined }) {
  const questionnaire = useQuestionnaire();
  const [, navigate] = useLocation();
  const [submits, setSubmits] = useState(0);
  const { register, handleSubmit, formState } = useForm<AboutFormInput, unknown, About>({
    resolver: zodResolver(aboutFormSchema),
    defaultValues: {
      organisation: initial?.organisation ?? '',
      respondentOrganisation: initial?.respondentOrganisation ?? '',
      authorityType: initial?.authorityType,
      role: initial?.role,
      marking: initial?.marking ?? 'OFFICIAL',
      ...dateToParts(initial?.date ?? today()),
    },
    shouldFocusError: false,
  });
  const e = formState.errors;
  const date = dateErrorOf(e, DATE_NAMES);
  const errors = fieldErrors([
    ...namedErrors(e, ['organisation', 'authorityType', 'role', 'respondentOrganisation']),
    [date.error, dateErrorTarget('date', date.wrong)],
    ...namedErrors(e, ['marking']),
  ]);
  usePageTitle(
    id ? 'Change the details of the assessment' : 'About the assessment',
    errors.length > 0,
  );

  const onValid = (about: About) => {
    if (id) {
      updateAssessment(id, (a) => ({ ...a, about }));
      navigate(paths.tasks(id));
      return;
    }
    const created = newAssessment(questionnaire, about, crypto.randomUUID(), new Date());
    const [newId] = addAssessments([created]);
    if (newId) navigate(paths.tasks(newId));
  };

  // The questions answered with radios, each registered once for all its inputs.
  const choice = (
    name: 'authorityType' | 'role' | 'marking',
    legend: string,
    options: RadioOption[],
    hint?: string,
  ) => {
    const registered = register(name);
    return (
      <Radios
        idPrefix={name}
        legend={legend}
        hint={hint}
        error={e[name]?.message}
        options={options}
        inputProps={() => registered}
      />
    );
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {id ? (
          <a href={href(paths.tasks(id))} className="govuk-back-link">
            Back to the assessment
          </a>
        ) : (
          <a href={href(paths.start())} className="govuk-back-link">
            Back to the start
          </a>
        )}
        <ErrorSummary errors={errors} focusKey={submits} />
        <h1 className="govuk-heading-l">
          {id ? 'Change the details of the assessment' : 'About the assessment'}
        </h1>
        <p className="govuk-body">
          These details appear on the report and in any file you export. You can change them later.
        </p>
        <form noValidate onSubmit={handleSubmit(onValid, () => setSubmits((n) => n + 1))}>
          <TextInput
            id="organisation"
            label="Council being assessed"
            labelClassName="govuk-label--m"
            hint="For example, Northmoor Borough Council. Give the council’s full name, even if you work for a partner organisation."
            error={e.organisation?.message}
            autoComplete="organization"
            spellCheck={false}
            {...register('organisation')}
          />

          {choice('authorityType', 'Type of authority', radioOptions(AUTHORITY_TYPES))}
          {choice(
            'role',
            'Your role',
            radioOptions(ROLES),
            'The role of the person answering. Facilitators compare answers by role.',
          )}

          <TextInput
            id="respondentOrganisation"
            label="Your organisation, if it is not the council (optional)"
            labelClassName="govuk-label--m"
            hint="For example, Northmoor Council for Voluntary Service. Leave it empty if you work for the council."
            error={e.respondentOrganisation?.message}
            spellCheck={false}
            {...register('respondentOrganisation')}
          />

          <DateInput
            id="date"
            legend={ASSESSMENT_DATE_LABEL}
            legendClassName="govuk-fieldset__legend--m"
            hint="For example, 15 10 2026"
            error={date.error}
            wrong={date.wrong}
            inputProps={(part) => register(DATE_NAMES[part])}
          />

          {choice(
            'marking',
            'Protective marking',
            radioOptions(MARKINGS).map((o) => ({
              ...o,
              hint: MARKING_HINTS[o.value as keyof typeof MARKINGS],
            })),
            'The Government Security Classification marking printed on the report. Most assessments are OFFICIAL.',
          )}

          <button type="submit" className="govuk-button" data-module="govuk-button">
            {id ? 'Save and return to the assessment' : 'Save and continue'}
          </button>
        </form>
      </div>
    </div>
  );
}
