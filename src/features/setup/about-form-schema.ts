// Must come first: tells zod not to probe `new Function` (the CSP forbids it) before schemas are built.
import '../../domain/zod-config';
import { z } from 'zod';
import { aboutSchema, type About } from '../../domain/assessment-schema';
import { datePartIssues, parseDateParts, type ParsedDate } from '../../domain/plan-edit';

export const ASSESSMENT_DATE_LABEL = 'Date of the assessment';
/** The form's names for the date's three boxes. */
export const DATE_NAMES = { day: 'day', month: 'month', year: 'year' } as const;

/**
 * The assessment date from its three boxes: required, the GOV.UK date rules, and within the years
 * the app accepts.
 */
export function assessmentDate(parts: { day: string; month: string; year: string }): ParsedDate {
  const parsed = parseDateParts(parts, ASSESSMENT_DATE_LABEL, 'Enter the date of the assessment');
  const year = Number(parts.year.trim());
  if (parsed.ok && (year < 2000 || year > 2100))
    return {
      ok: false,
      message: `${ASSESSMENT_DATE_LABEL} must be between 2000 and 2100`,
      fields: ['year'],
    };
  return parsed;
}

/**
 * The "About the assessment" form: the domain's `aboutSchema`, except that the date is asked for
 * as day, month and year (the GOV.UK date input) and joined into YYYY-MM-DD here. A date error is
 * reported on each wrong box, so only those are highlighted.
 */
const part = z.string().trim();

export const aboutFormSchema = aboutSchema
  .omit({ date: true })
  .extend({ day: part, month: part, year: part })
  .superRefine(
    (v, ctx) => {
      const date = assessmentDate({
        day: String(v.day ?? ''),
        month: String(v.month ?? ''),
        year: String(v.year ?? ''),
      });
      for (const issue of datePartIssues(date, DATE_NAMES)) ctx.addIssue(issue);
    },
    // Check the date even when other fields have errors, so every error shows at once.
    { when: () => true },
  )
  .transform(({ day, month, year, ...rest }): About => {
    const date = assessmentDate({ day, month, year });
    return { ...rest, date: date.ok ? date.value : '' };
  });

export type AboutFormInput = z.input<typeof aboutFormSchema>;
