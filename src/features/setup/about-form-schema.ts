// Must come first: tells zod not to probe `new Function` (the CSP forbids it) before schemas are built.
import '../../domain/zod-config';
import { z } from 'zod';
import { aboutSchema, type About } from '../../domain/assessment-schema';

/**
 * The "About the assessment" form: the domain's `aboutSchema`, except that the date is asked for
 * as day, month and year (the GOV.UK date input) and joined into YYYY-MM-DD here, with the GOV.UK
 * date messages. Date errors are reported on `date` and linked to the first date field.
 */
const part = z.string().trim();

export const aboutFormSchema = aboutSchema
  .omit({ date: true })
  .extend({ day: part, month: part, year: part })
  .superRefine(
    (v, ctx) => {
      const problem = dateProblem(String(v.day ?? ''), String(v.month ?? ''), String(v.year ?? ''));
      if (problem) ctx.addIssue({ code: 'custom', path: ['date'], message: problem });
    },
    // Check the date even when other fields have errors, so every error shows at once.
    { when: () => true },
  )
  .transform(({ day, month, year, ...rest }): About => ({
    ...rest,
    date: joinDate(day, month, year),
  }));

export type AboutFormInput = z.input<typeof aboutFormSchema>;

export function joinDate(day: string, month: string, year: string): string {
  return `${year.trim()}-${month.trim().padStart(2, '0')}-${day.trim().padStart(2, '0')}`;
}

export function splitDate(date: string): { day: string; month: string; year: string } {
  const [year = '', month = '', day = ''] = date.split('-');
  return { day: String(Number(day) || ''), month: String(Number(month) || ''), year };
}

const NAME = 'Date of the assessment';

export function dateProblem(day: string, month: string, year: string): string | null {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!d && !m && !y) return 'Enter the date of the assessment';
  const missing = [!d && 'day', !m && 'month', !y && 'year'].filter(Boolean) as string[];
  if (missing.length === 1) return `${NAME} must include a ${missing[0]}`;
  if (missing.length === 2) return `${NAME} must include a ${missing[0]} and ${missing[1]}`;
  if (![d, m, y].every((s) => /^\d+$/.test(s))) return `${NAME} must be a real date`;
  if (y.length !== 4) return 'Year must include 4 numbers';
  const iso = joinDate(d, m, y);
  const parsed = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(iso))
    return `${NAME} must be a real date`;
  if (Number(y) < 2000 || Number(y) > 2100) return `${NAME} must be between 2000 and 2100`;
  return null;
}
