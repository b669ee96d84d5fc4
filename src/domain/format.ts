/**
 * How the product writes dates, scores and counts for people: one place, so every page, report
 * and file says them the same way. Dates are stored and exported as ISO 8601 (files only); people
 * read "1 December 2026" (GOV.UK style), or "1 Dec 2026" where a table needs to be narrow.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

type DayMonthYear = { day: number; month: number; year: number };

/**
 * The calendar day of a stored date: a YYYY-MM-DD date as written (no time zone can move it), or
 * an ISO timestamp in the reader's local time (when it happened for them).
 */
function dayOf(iso: string): DayMonthYear | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return { day, month, year: Number(m[1]) };
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso)) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  return { day: d.getDate(), month: d.getMonth() + 1, year: d.getFullYear() };
}

/** "2026-10-02" or an ISO timestamp → "2 October 2026"; anything else is returned as written. */
export function formatDate(iso: string): string {
  const d = dayOf(iso);
  return d ? `${d.day} ${MONTHS[d.month - 1]} ${d.year}` : iso;
}

/** "2026-12-18" → "18 Dec 2026", for tables; September is "Sept" as GOV.UK writes it. */
export function formatShortDate(iso: string): string {
  const d = dayOf(iso);
  if (!d) return iso;
  const name: string = MONTHS[d.month - 1] ?? '';
  const short = name === 'September' ? 'Sept' : name.slice(0, 3);
  return `${d.day} ${short} ${d.year}`;
}

/** An ISO timestamp → "15 October 2026 at 2:05pm" in the reader's local time. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const hours = d.getHours();
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  const minutes = String(d.getMinutes()).padStart(2, '0');
  return `${formatDate(iso)} at ${hour12}:${minutes}${hours < 12 ? 'am' : 'pm'}`;
}

/** Scores are kept unrounded; this is the one place they are rounded, for display. */
export const formatScore = (score: number | null): string =>
  score === null ? 'No score' : String(Math.round(score));

/** A share from 0 to 1 as a whole percentage: 0.625 → "63%". */
export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;

/** "1 file", "3 files"; `many` for irregular plurals ("1 theme is", "2 themes are"). */
export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${n} ${n === 1 ? one : many}`;

const SMALL_NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];

/**
 * A count in running text, as GOV.UK writes it: words from zero to nine, numerals from 10
 * ("five themes", "12 themes", "one theme", "no themes").
 */
export const countInWords = (n: number, one: string, many = `${one}s`): string =>
  `${Number.isInteger(n) && n >= 0 && n < 10 ? SMALL_NUMBERS[n] : String(n)} ${n === 1 ? one : many}`;

type Named = { name?: string; about: { organisation: string; date: string } };

/** What an assessment is called: its own name ("Draft for CMT, March"), else its organisation. */
export const assessmentTitle = (a: Named): string => a.name?.trim() || a.about.organisation;

/**
 * An assessment told apart from the others on the device: "Draft for CMT, March (Northmoor Borough
 * Council, 15 October 2026)", or "Northmoor Borough Council, 15 October 2026" when it has no name.
 */
export function assessmentLabel(a: Named): string {
  const where = `${a.about.organisation}, ${formatDate(a.about.date)}`;
  const name = a.name?.trim();
  return name ? `${name} (${where})` : where;
}

/**
 * Break a text into lines of at most about `max` characters at spaces (a single longer word stays
 * whole: words are never broken).
 */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
