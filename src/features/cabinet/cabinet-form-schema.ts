// Must come first: tells zod not to probe `new Function` (the CSP forbids it) before schemas are built.
import '../../domain/zod-config';
import { z } from 'zod';
import type { Cabinet, Recommendation } from '../../domain/assessment-schema';
import { dateToParts, datePartIssues, parseDateParts } from '../../domain/plan-edit';

/** What the "Cabinet paper" form holds: every box as typed, the meeting date in three parts. */
export type CabinetFormValues = {
  meeting: string;
  meetingDay: string;
  meetingMonth: string;
  meetingYear: string;
  portfolioHolder: string;
  keyDecision: Cabinet['keyDecision'];
  wards: string;
  purpose: string;
  recommendations: { text: string }[];
  options: string;
  financial: string;
  legal: string;
  equality: string;
  risk: string;
  contactName: string;
  contactJobTitle: string;
  contactDetails: string;
};

export const MEETING_DATE_LABEL = 'Date of the meeting';
/** The form's names for the meeting date's three boxes. */
export const MEETING_DATE_NAMES = {
  day: 'meetingDay',
  month: 'meetingMonth',
  year: 'meetingYear',
} as const;

const text = (name: string, max: number) =>
  z.string().trim().max(max, `${name} must be ${max} characters or fewer`);

/** The form's rules, with GOV.UK-style messages; the stored shape is checked again by the schema. */
export const cabinetFormSchema = z
  .object({
    meeting: text('The meeting', 200),
    meetingDay: z.string(),
    meetingMonth: z.string(),
    meetingYear: z.string(),
    portfolioHolder: text('The portfolio holder', 200),
    keyDecision: z.enum(['yes', 'no', '']),
    wards: text('Wards affected', 1000),
    purpose: text('The purpose', 2000),
    recommendations: z
      .array(
        z.object({
          text: z
            .string()
            .trim()
            .min(1, 'Enter the recommendation, or remove it')
            .max(2000, 'A recommendation must be 2000 characters or fewer'),
        }),
      )
      .max(20, 'A paper can make at most 20 recommendations'),
    options: text('Options considered', 5000),
    financial: text('Financial implications', 5000),
    legal: text('Legal implications', 5000),
    equality: text('Equality implications', 5000),
    risk: text('Risk implications', 5000),
    contactName: text('The contact officer’s name', 200),
    contactJobTitle: text('The job title', 200),
    contactDetails: text('The email or phone number', 200),
  })
  .superRefine((v, ctx) => {
    const date = parseDateParts(
      { day: v.meetingDay, month: v.meetingMonth, year: v.meetingYear },
      MEETING_DATE_LABEL,
    );
    for (const issue of datePartIssues(date, MEETING_DATE_NAMES)) ctx.addIssue(issue);
  });

export function toCabinetForm(c: Cabinet, drafted: readonly Recommendation[]): CabinetFormValues {
  const date = dateToParts(c.meetingDate);
  return {
    meeting: c.meeting,
    meetingDay: date.day,
    meetingMonth: date.month,
    meetingYear: date.year,
    portfolioHolder: c.portfolioHolder,
    keyDecision: c.keyDecision,
    wards: c.wards,
    purpose: c.purpose,
    recommendations: (c.recommendations ?? drafted).map((r) => ({ text: r.text })),
    options: c.options,
    financial: c.implications.financial,
    legal: c.implications.legal,
    equality: c.implications.equality,
    risk: c.implications.risk,
    contactName: c.contact.name,
    contactJobTitle: c.contact.jobTitle,
    contactDetails: c.contact.details,
  };
}

/**
 * The stored cabinet fields from a valid form. `keepDraft`: the officer did not touch the drafted
 * recommendations, so they stay drafted (null) and follow the answers and the plan.
 */
export function fromCabinetForm(v: CabinetFormValues, keepDraft: boolean): Cabinet {
  const date = parseDateParts(
    { day: v.meetingDay, month: v.meetingMonth, year: v.meetingYear },
    MEETING_DATE_LABEL,
  );
  return {
    meeting: v.meeting.trim(),
    meetingDate: date.ok ? date.value : '',
    portfolioHolder: v.portfolioHolder.trim(),
    keyDecision: v.keyDecision,
    wards: v.wards.trim(),
    purpose: v.purpose.trim(),
    recommendations: keepDraft
      ? null
      : v.recommendations.map((r, i) => ({ id: `r${i + 1}`, text: r.text.trim() })),
    options: v.options.trim(),
    implications: {
      financial: v.financial.trim(),
      legal: v.legal.trim(),
      equality: v.equality.trim(),
      risk: v.risk.trim(),
    },
    contact: {
      name: v.contactName.trim(),
      jobTitle: v.contactJobTitle.trim(),
      details: v.contactDetails.trim(),
    },
  };
}
