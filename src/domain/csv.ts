import type { Assessment } from './assessment-schema';
import type { Questionnaire } from './questionnaire-schema';

/**
 * Spreadsheet programs run a cell that starts with one of these as a formula (CSV injection), so
 * such a cell gets a leading apostrophe, which they show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/** One cell: formula-like text neutralised, then quoted as RFC 4180 asks when it needs to be. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative figure is data, not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180: CRLF between records, and after the last one. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const ANSWERS_CSV_HEADER = [
  'Theme',
  'Question id',
  'Question',
  'Level',
  'Level label',
  "Don't know",
  'Not applicable',
  'Not applicable reason',
  'Notes',
  'Evidence',
] as const;

/** One row per question of the bank, in bank order, whether answered or not. */
export function assessmentCsv(questionnaire: Questionnaire, assessment: Assessment): string {
  const rows: CsvValue[][] = [[...ANSWERS_CSV_HEADER]];
  for (const theme of questionnaire.themes) {
    for (const q of theme.questions) {
      const answer = assessment.answers[q.id];
      const r = answer?.response ?? null;
      rows.push([
        theme.title,
        q.id,
        q.text,
        r?.kind === 'level' ? r.level : '',
        r?.kind === 'level' ? q.levels[r.level] : '',
        r?.kind === 'dont-know' ? 'yes' : '',
        r?.kind === 'not-applicable' ? 'yes' : '',
        r?.kind === 'not-applicable' ? r.reason : '',
        answer?.notes ?? '',
        answer?.evidence ?? '',
      ]);
    }
  }
  return toCsv(rows);
}

/** Parse RFC 4180 text back into rows (used by tests and by anyone checking an export). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
