import { describe, expect, it } from 'vitest';
import { assessmentCsv, ANSWERS_CSV_HEADER, csvCell, parseCsv, toCsv } from '../../src/domain/csv';
import { fixtureBank, makeAssessment } from '../fixtures/workshop/make';

const bank = fixtureBank();

describe('CSV cells', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20 7946 0000', "'+44 20 7946 0000"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\tindented', "'\tindented"],
    [
      '=HYPERLINK("http://evil.example","click")',
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    ],
    ['\rreturn first', `"'\rreturn first"`],
  ])('neutralises formula-like text %j with a leading apostrophe', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    ['plain words', 'plain words'],
    ['a, b', '"a, b"'],
    ['say "hello"', '"say ""hello"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
    ['1 = 1 in the middle', '1 = 1 in the middle'],
  ])('quotes %j as RFC 4180 asks', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  it.each([
    [-12.5, '-12.5'],
    [0, '0'],
    [null, ''],
    [undefined, ''],
    [Number.NaN, ''],
  ])(
    'writes the number or empty value %j as data, not as text to neutralise',
    (input, expected) => {
      expect(csvCell(input)).toBe(expected);
    },
  );

  it('ends every record with CRLF and reads back what it wrote (apostrophe kept)', () => {
    const rows = [
      ['a', '=b', 'c, d'],
      ['"q"', 'line\r\nbreak', '@x'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual([
      ['a', "'=b", 'c, d'],
      ['"q"', 'line\r\nbreak', "'@x"],
    ]);
  });
});

describe('answers CSV', () => {
  const a = makeAssessment(bank, {
    id: 'csv',
    levels: { 'leadership.vision': 3, 'leadership.risk': 'dk', 'assets.transfer': 'na' },
  });
  a.answers['leadership.vision'] = {
    response: { kind: 'level', level: 3 },
    notes: '=cmd|" /C calc"!A0',
    evidence: 'Cabinet minutes, 3 March',
  };

  it('has one row per question of the bank, in bank order, answered or not', () => {
    const rows = parseCsv(assessmentCsv(bank, a));
    expect(rows[0]).toEqual([...ANSWERS_CSV_HEADER]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(
      bank.themes.flatMap((t) => t.questions.map((q) => q.id)),
    );
  });

  it('writes level and label, don’t know, not applicable with its reason, notes and evidence', () => {
    const rows = parseCsv(assessmentCsv(bank, a));
    const byId = new Map(rows.slice(1).map((r) => [r[1], r]));
    expect(byId.get('leadership.vision')).toEqual([
      'Leadership and culture',
      'leadership.vision',
      'Is there a shared vision for community-led services?',
      '3',
      'Agreed',
      '',
      '',
      '',
      `'=cmd|" /C calc"!A0`,
      'Cabinet minutes, 3 March',
    ]);
    expect(byId.get('leadership.risk')?.slice(3, 8)).toEqual(['', '', 'yes', '', '']);
    expect(byId.get('assets.transfer')?.slice(3, 8)).toEqual([
      '',
      '',
      '',
      'yes',
      'No such service',
    ]);
    expect(byId.get('commissioning.outcomes')?.slice(3)).toEqual(['', '', '', '', '', '', '']);
  });

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const hostile = makeAssessment(bank, { id: 'h' });
    for (const [i, q] of bank.themes.flatMap((t) => t.questions).entries()) {
      hostile.answers[q.id] = {
        response: {
          kind: 'not-applicable',
          reason: ['=1', '+1', '-1', '@1', '\t1', '\r1'][i % 6] as string,
        },
        notes: '@note',
        evidence: '-evidence',
      };
    }
    const cells = parseCsv(assessmentCsv(bank, hostile)).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});
