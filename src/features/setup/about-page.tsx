// Must come first: tells zod not to probe `new Function` (the CSP forbids it) before any schema is built.
import '../../domain/zod-config';
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldErrors } from 'react-hook-form';
import { useLocation } from 'wouter';
import { href, paths } from '../../routes/paths';
import type { PageProps } from '../../routes/route-path';
import { AssessmentNotFound } from '../../components/assessment-not-found';
import { ErrorMessage, ErrorSummary, type FieldError } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { usePageTitle } from '../../components/use-page-title';
import { newAssessment } from '../../domain/assessment-file';
import type { About } from '../../domain/assessment-schema';
import { AUTHORITY_TYPES, MARKINGS, ROLES } from '../../domain/options';
import { addAssessments, updateAssessment, useAssessment } from '../../store/library-store';
import { useQuestionnaire } from '../../store/questionnaire-store';
import { aboutFormSchema, splitDate, type AboutFormInput } from './about-form-schema';

const FIELD_ORDER = [
  'organisation',
  'authorityType',
  'role',
  'respondentOrganisation',
  'date',
  'marking',
] as const;
const FIELD_IDS: Record<(typeof FIELD_ORDER)[number], string> = {
  organisation: 'organisation',
  authorityType: 'authorityType',
  role: 'role',
  respondentOrganisation: 'respondentOrganisation',
  date: 'date-day',
  marking: 'marking',
};

const MARKING_HINTS: Record<keyof typeof MARKINGS, string> = {
  none: 'The report and exported files carry no marking.',
  OFFICIAL: 'Printed at the top and bottom of every page of the report.',
  'OFFICIAL-SENSITIVE': 'Use if the answers must only be shared with those who need to know.',
};

function errorList(
  errors: FieldErrors<AboutFormInput> & { date?: { message?: string } },
): FieldError[] {
  return FIELD_ORDER.flatMap((name) => {
    const message = (errors as Record<string, { message?: string } | undefined>)[name]?.message;
    return message ? [{ fieldId: FIELD_IDS[name], message }] : [];
  });
}

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
      ...splitDate(initial?.date ?? today()),
    },
    shouldFocusError: false,
  });
  const errors = errorList(formState.errors);
  const dateError = (formState.errors as { date?: { message?: string } }).date?.message;
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

  const radioProps = (name: 'authorityType' | 'role' | 'marking') => {
    const registered = register(name);
    return () => registered;
  };
  const orgError = formState.errors.organisation?.message;
  const ownOrgError = formState.errors.respondentOrganisation?.message;

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
        <form
          noValidate
          onSubmit={(event) => {
            setSubmits((n) => n + 1);
            void handleSubmit(onValid)(event);
          }}
        >
          <div className={`govuk-form-group${orgError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--m" htmlFor="organisation">
              Council being assessed
            </label>
            <div id="organisation-hint" className="govuk-hint">
              For example, Northmoor Borough Council. Give the council&apos;s full name, even if you
              work for a partner organisation.
            </div>
            <ErrorMessage id="organisation-error" message={orgError} />
            <input
              className={`govuk-input${orgError ? ' govuk-input--error' : ''}`}
              id="organisation"
              type="text"
              autoComplete="organization"
              spellCheck={false}
              aria-describedby={`organisation-hint${orgError ? ' organisation-error' : ''}`}
              aria-invalid={orgError ? true : undefined}
              {...register('organisation')}
            />
          </div>

          <Radios
            idPrefix="authorityType"
            legend="Type of authority"
            error={formState.errors.authorityType?.message}
            options={Object.entries(AUTHORITY_TYPES).map(([value, label]) => ({ value, label }))}
            inputProps={radioProps('authorityType')}
          />

          <Radios
            idPrefix="role"
            legend="Your role"
            hint="The role of the person answering. Facilitators compare answers by role."
            error={formState.errors.role?.message}
            options={Object.entries(ROLES).map(([value, label]) => ({ value, label }))}
            inputProps={radioProps('role')}
          />

          <div className={`govuk-form-group${ownOrgError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label govuk-label--m" htmlFor="respondentOrganisation">
              Your organisation, if it is not the council (optional)
            </label>
            <div id="respondentOrganisation-hint" className="govuk-hint">
              For example, Northmoor Council for Voluntary Service. Leave it empty if you work for
              the council.
            </div>
            <ErrorMessage id="respondentOrganisation-error" message={ownOrgError} />
            <input
              className={`govuk-input${ownOrgError ? ' govuk-input--error' : ''}`}
              id="respondentOrganisation"
              type="text"
              spellCheck={false}
              aria-describedby={`respondentOrganisation-hint${ownOrgError ? ' respondentOrganisation-error' : ''}`}
              aria-invalid={ownOrgError ? true : undefined}
              {...register('respondentOrganisation')}
            />
          </div>

          <div className={`govuk-form-group${dateError ? ' govuk-form-group--error' : ''}`}>
            <fieldset
              className="govuk-fieldset"
              role="group"
              aria-describedby={`date-hint${dateError ? ' date-error' : ''}`}
            >
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
                Date of the assessment
              </legend>
              <div id="date-hint" className="govuk-hint">
                For example, 15 10 2026
              </div>
              <ErrorMessage id="date-error" message={dateError} />
              <div className="govuk-date-input" id="date">
                {(
                  [
                    ['day', 'Day', 2],
                    ['month', 'Month', 2],
                    ['year', 'Year', 4],
                  ] as const
                ).map(([part, label, width]) => (
                  <div className="govuk-date-input__item" key={part}>
                    <div className="govuk-form-group">
                      <label
                        className="govuk-label govuk-date-input__label"
                        htmlFor={`date-${part}`}
                      >
                        {label}
                      </label>
                      <input
                        className={`govuk-input govuk-date-input__input govuk-input--width-${width}${dateError ? ' govuk-input--error' : ''}`}
                        id={`date-${part}`}
                        type="text"
                        inputMode="numeric"
                        {...register(part)}
                      />
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>

          <Radios
            idPrefix="marking"
            legend="Protective marking"
            hint="The Government Security Classification marking printed on the report. Most assessments are OFFICIAL."
            error={formState.errors.marking?.message}
            options={Object.entries(MARKINGS).map(([value, label]) => ({
              value,
              label,
              hint: MARKING_HINTS[value as keyof typeof MARKINGS],
            }))}
            inputProps={radioProps('marking')}
          />

          <button type="submit" className="govuk-button" data-module="govuk-button">
            {id ? 'Save and return to the assessment' : 'Save and continue'}
          </button>
        </form>
      </div>
    </div>
  );
}
