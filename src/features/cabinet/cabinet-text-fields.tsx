import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { TextareaField, TextInput } from '../../components/form-group';
import {
  IMPLICATION_HEADINGS,
  IMPLICATION_PROMPTS,
  type ImplicationKey,
} from '../../domain/report-wording';
import type { CabinetFormValues } from './cabinet-form-schema';

export type CabinetForm = UseFormReturn<CabinetFormValues>;
type TextName = Exclude<keyof CabinetFormValues, 'recommendations' | 'keyDecision'>;

/** One of the paper's text fields: a one-line input, or a textarea of `rows` rows. */
export function CabinetText({
  form,
  name,
  label,
  hint,
  rows,
}: {
  form: CabinetForm;
  name: TextName;
  label: ReactNode;
  hint?: ReactNode;
  rows?: number;
}) {
  const field = {
    id: name,
    label,
    hint,
    error: form.formState.errors[name]?.message,
    ...form.register(name),
  };
  return rows ? (
    <TextareaField {...field} rows={rows} />
  ) : (
    <TextInput {...field} className="govuk-!-width-three-quarters" spellCheck={false} />
  );
}

type TextField = { name: TextName; label: string; hint?: string; rows?: number };

/** The paper's free-text sections, in page order (which is also the error summary's). */
export const PURPOSE_FIELDS: TextField[] = [
  {
    name: 'purpose',
    label: 'Purpose of the paper',
    hint: 'One or two sentences. Left empty, the paper says it reports the self-assessment and asks the cabinet to agree targets and adopt the action plan.',
    rows: 3,
  },
];
export const OPTIONS_FIELDS: TextField[] = [
  {
    name: 'options',
    label: 'Options considered',
    hint: 'Each option and why it is recommended or rejected, including doing nothing. Leave a blank line between options.',
    rows: 6,
  },
];
export const IMPLICATION_FIELDS: TextField[] = (
  Object.keys(IMPLICATION_HEADINGS) as ImplicationKey[]
).map((key) => ({
  name: key,
  label: IMPLICATION_HEADINGS[key],
  hint: IMPLICATION_PROMPTS[key],
  rows: 4,
}));
export const CONTACT_FIELDS: TextField[] = [
  { name: 'contactName', label: 'Name' },
  { name: 'contactJobTitle', label: 'Job title' },
  { name: 'contactDetails', label: 'Email or phone' },
];

/** A section of the paper made of text fields, under its heading. */
export function TextSection({
  form,
  heading,
  fields,
}: {
  form: CabinetForm;
  heading: string;
  fields: TextField[];
}) {
  return (
    <>
      <h2 className="govuk-heading-m">{heading}</h2>
      {fields.map((f) => (
        <CabinetText key={f.name} form={form} {...f} />
      ))}
    </>
  );
}
