import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../src/domain/zod-config';
import { parseWith } from '../../src/domain/safe-json';
import { fileMessage, formMessage } from '../../src/domain/zod-messages';

/** zod's own phrases: none may reach a user. */
const ZOD_WORDING =
  /Invalid (input|option|type|enum|value|string|number|discriminator)|expected one of|Too (small|big)|received|expected (string|number|boolean|object|array)/i;

/** Schemas without messages of their own, one per kind of problem, with a value that breaks each. */
const CASES: [string, z.ZodType, unknown][] = [
  ['a choice not chosen', z.enum(['high', 'medium', 'low']), undefined],
  ['a wrong choice', z.enum(['high', 'medium', 'low']), 'urgent'],
  ['a choice or nothing', z.union([z.enum(['a', 'b']), z.literal('')]), undefined],
  ['text that is a number', z.string(), 3],
  ['a missing value', z.string(), undefined],
  ['text too short', z.string().min(2), 'a'],
  ['text too long', z.string().max(3), 'abcd'],
  ['a number too small', z.number().min(1), 0],
  ['a number too big', z.number().max(4), 5],
  ['a whole number', z.number().int(), 1.5],
  ['a date format', z.string().regex(/^\d{4}-\d{2}-\d{2}$/), 'soon'],
  ['an email', z.email(), 'nobody'],
  ['too few items', z.array(z.string()).min(1), []],
  ['a literal', z.literal('readiness-assessment'), 'other'],
  ['unknown keys', z.strictObject({ a: z.string() }), { a: 'x', b: 1 }],
];

describe('no raw zod text reaches a user', () => {
  it.each(CASES)('a form shows plain words for %s', (_, schema, value) => {
    const r = schema.safeParse(value);
    expect(r.success).toBe(false);
    for (const issue of r.error?.issues ?? []) {
      expect(issue.message).not.toMatch(ZOD_WORDING);
      expect(issue.message).toMatch(/^[A-Z]/);
    }
  });

  it.each(CASES)('a file names %s in plain words', (_, schema, value) => {
    const r = parseWith(schema, value);
    expect(r.ok).toBe(false);
    for (const issue of r.ok ? [] : r.issues) expect(issue.message).not.toMatch(ZOD_WORDING);
  });

  it('keeps a rule’s own message', () => {
    const r = z.enum(['a', 'b'], { error: 'Select a priority' }).safeParse(undefined);
    expect(r.error?.issues[0]?.message).toBe('Select a priority');
  });

  it.each([
    [{ code: 'invalid_value', input: undefined }, 'Select or enter an answer'],
    [{ code: 'invalid_value', input: 'x' }, 'Select one of the options'],
    [{ code: 'too_big', origin: 'string', maximum: 200 }, 'Enter 200 characters or fewer'],
    [{ code: 'too_small', origin: 'number', minimum: 1 }, 'Enter a number that is 1 or more'],
  ])('form wording for %j', (issue, words) => expect(formMessage(issue)).toBe(words));

  it.each([
    [
      { code: 'invalid_type', input: undefined, expected: 'string' },
      'is missing (it should be text)',
    ],
    [{ code: 'invalid_type', input: 3, expected: 'string' }, 'should be text'],
    [{ code: 'invalid_value', values: ['a', 'b'] }, 'should be one of "a", "b"'],
    [{ code: 'too_big', origin: 'string', maximum: 3 }, 'should have at most 3 characters'],
  ])('file wording for %j', (issue, words) => expect(fileMessage(issue)).toBe(words));
});
