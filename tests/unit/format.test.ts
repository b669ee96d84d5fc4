import { describe, expect, it } from 'vitest';
import {
  assessmentLabel,
  assessmentTitle,
  countInWords,
  formatDate,
  formatDateTime,
  formatPercent,
  formatScore,
  formatShortDate,
  plural,
} from '../../src/domain/format';

describe('dates for people', () => {
  it.each([
    ['2026-10-02', '2 October 2026'],
    ['2027-01-31', '31 January 2027'],
    ['2027-03-05', '5 March 2027'],
    ['not a date', 'not a date'],
    ['2026-13-01', '2026-13-01'],
    ['', ''],
  ])('formatDate(%s) is %s', (iso, words) => expect(formatDate(iso)).toBe(words));

  it('writes a timestamp as the day it was in local time', () => {
    const local = new Date(2026, 11, 1, 9, 30);
    expect(formatDate(local.toISOString())).toBe('1 December 2026');
  });

  it.each([
    ['2026-12-18', '18 Dec 2026'],
    ['2026-09-01', '1 Sept 2026'],
    ['2026-06-30', '30 Jun 2026'],
    ['nonsense', 'nonsense'],
  ])('formatShortDate(%s) is %s', (iso, words) => expect(formatShortDate(iso)).toBe(words));

  it.each([
    [new Date(2026, 9, 15, 14, 5), '15 October 2026 at 2:05pm'],
    [new Date(2026, 9, 15, 0, 0), '15 October 2026 at 12:00am'],
    [new Date(2026, 9, 15, 12, 30), '15 October 2026 at 12:30pm'],
  ])('formatDateTime(%s) is %s', (date, words) =>
    expect(formatDateTime(date.toISOString())).toBe(words),
  );

  it('never shows an ISO date to a person', () => {
    for (const iso of ['2026-12-01', '2026-12-01T10:00:00.000Z']) {
      expect(formatDate(iso)).not.toMatch(/\d{4}-\d{2}/);
      expect(formatShortDate(iso)).not.toMatch(/\d{4}-\d{2}/);
    }
  });
});

describe('numbers for people', () => {
  it.each([
    [null, 'No score'],
    [0, '0'],
    [62.5, '63'],
    [62.49, '62'],
    [100, '100'],
  ])('formatScore(%s) is %s', (score, shown) => expect(formatScore(score)).toBe(shown));

  it.each([
    [0, '0%'],
    [2 / 3, '67%'],
    [1, '100%'],
  ])('formatPercent(%s) is %s', (share, shown) => expect(formatPercent(share)).toBe(shown));

  it.each([
    [0, 'file', undefined, '0 files'],
    [1, 'file', undefined, '1 file'],
    [2, 'theme is', 'themes are', '2 themes are'],
  ])('plural(%s, %s)', (n, one, many, shown) => expect(plural(n, one, many)).toBe(shown));

  it.each([
    [0, 'theme', undefined, 'no themes'],
    [1, 'theme', undefined, 'one theme'],
    [5, 'theme', undefined, 'five themes'],
    [9, 'theme', undefined, 'nine themes'],
    [10, 'theme', undefined, '10 themes'],
    [42, 'question', undefined, '42 questions'],
    [2, 'theme is', 'themes are', 'two themes are'],
  ])('countInWords(%s, %s) in running text', (n, one, many, shown) =>
    expect(countInWords(n, one, many)).toBe(shown),
  );
});

describe('what an assessment is called', () => {
  const about = { organisation: 'Northmoor Borough Council', date: '2026-10-15' };
  it('uses its own name, with the organisation and date to tell copies apart', () => {
    const a = { name: 'Draft for CMT, March', about };
    expect(assessmentTitle(a)).toBe('Draft for CMT, March');
    expect(assessmentLabel(a)).toBe(
      'Draft for CMT, March (Northmoor Borough Council, 15 October 2026)',
    );
  });
  it('is known by its organisation and date when it has no name', () => {
    const a = { name: '  ', about };
    expect(assessmentTitle(a)).toBe('Northmoor Borough Council');
    expect(assessmentLabel(a)).toBe('Northmoor Borough Council, 15 October 2026');
  });
});
