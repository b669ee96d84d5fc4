// @vitest-environment node
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { assessmentSchema } from '../../src/domain/assessment-schema';
import { FAIL, fastParse, isFastParsable, UNSURE } from '../../src/domain/fast-parse';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { parseWith, parseWithZod } from '../../src/domain/safe-json';
import { sampleAssessments } from '../../src/domain/workshop-sample';

/*
 * parseWith checks a value by a fast walk of the schema (fast-parse.ts) and only asks zod when the
 * walk cannot vouch for it. These tests hold it to zod's answer for any value: accepted values equal
 * zod's output with the keys in zod's order, and refused ones get zod's issues.
 */
const bankResult = readQuestionnaireText(
  readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
);
if (!bankResult.ok) throw new Error('the built-in bank is invalid');
const bank = bankResult.value;
const example = JSON.parse(
  readFileSync(resolve('public/examples/example-council.json'), 'utf8'),
) as Record<string, unknown>;
const bases: unknown[] = [
  example,
  ...sampleAssessments(bank, 4, { organisations: 2 }).map((a) => JSON.parse(JSON.stringify(a))),
];

type Path = (string | number)[];

/** Every place in a value: each object key and array element, at any depth. */
function pathsOf(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...at, i], out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...at, k], out);
  return out;
}

const get = (v: unknown, path: Path): unknown =>
  path.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)?.[k], v);

/** A hostile or odd replacement for whatever is at a place, often close to the valid value. */
const replacement = (current: unknown) =>
  fc.oneof(
    fc.constantFrom(null, true, 0, 4, 5, -1, 1.5, '', ' ', 'level', 'officer', 'SECRET', [], {}),
    fc.constantFrom('2011-03-14', '2011-02-30', '2011-3-14', '2011-03-14T10:00:00.000Z', 'x.y'),
    fc.string({ maxLength: 12 }),
    fc.constantFrom(`  ${String(current)}  `, `${String(current)}\t`, String(current).repeat(400)),
    fc.constant('é'.repeat(120)),
    fc.constant('😀'.repeat(101)),
  );

type Mutation =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string }
  | { kind: 'reverse'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('set' as const),
    at: fc.nat(),
    value: replacement('x'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'notes', 'response', '__proto__', 'accountability.x', 'capacity'),
  }),
  fc.record({ kind: fc.constant('reverse' as const), at: fc.nat() }),
);

/** A copy of `base` with the mutations applied at places picked by their numbers. */
function mutate(base: unknown, mutations: Mutation[]): unknown {
  const value = structuredClone(base);
  for (const m of mutations) {
    const paths = pathsOf(value).filter((p) => p.length > 0);
    const path = paths[m.at % paths.length] as Path;
    const parent = get(value, path.slice(0, -1)) as Record<string | number, unknown>;
    const key = path[path.length - 1] as string | number;
    const target = get(value, path);
    if (m.kind === 'set') parent[key] = m.value;
    else if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
    } else if (m.kind === 'add' && typeof target === 'object' && target && !Array.isArray(target))
      Object.defineProperty(target, m.key, {
        value: 1,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (m.kind === 'reverse' && typeof target === 'object' && target) {
      const entries = Object.entries(target).reverse();
      for (const [k] of entries) Reflect.deleteProperty(target, k);
      for (const [k, v] of entries)
        Object.defineProperty(target, k, {
          value: v,
          enumerable: true,
          writable: true,
          configurable: true,
        });
    }
  }
  return value;
}

const valueArb = fc
  .tuple(fc.constantFrom(...bases), fc.array(mutationArb, { maxLength: 3 }))
  .map(([base, ms]) => mutate(base, ms));

/** The same result as zod's, and for an accepted value the same text (keys in the same order). */
function sameAsZod(schema: z.ZodType, value: unknown): void {
  const expected = parseWithZod(schema, value);
  const actual = parseWith(schema, value);
  expect(actual).toEqual(expected);
  if (actual.ok && expected.ok)
    expect(JSON.stringify(actual.value)).toBe(JSON.stringify(expected.value));
  // The walk's own claims: a value is zod's, FAIL means zod refuses.
  const fast = fastParse(schema, value);
  if (fast === FAIL) expect(expected.ok).toBe(false);
  else if (fast !== UNSURE) expect(expected.ok).toBe(true);
}

describe('the fast route of parseWith gives zod’s answer', () => {
  it('walks the assessment schema (so the property below tests the fast route, not zod twice)', () => {
    expect(isFastParsable(assessmentSchema)).toBe(true);
    for (const base of bases) expect(fastParse(assessmentSchema, base)).not.toBe(UNSURE);
  });

  it('on assessments with values changed, removed, added or reordered anywhere', () => {
    fc.assert(
      fc.property(valueArb, (v) => sameAsZod(assessmentSchema, v)),
      { numRuns: 1500 },
    );
  });

  it('on any JSON value at all', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => sameAsZod(assessmentSchema, v)),
      { numRuns: 500 },
    );
  });

  it('trims, fills in defaults and puts keys in the schema’s order as zod does', () => {
    const answers = (example.answers ?? {}) as Record<string, Record<string, unknown>>;
    const [first] = Object.keys(answers);
    const v = structuredClone(example) as Record<string, Record<string, unknown>>;
    (v.about as Record<string, unknown>).organisation = '  Saltmere City Council  ';
    v.answers = { [first as string]: { response: { level: 2, kind: 'level' } } };
    sameAsZod(assessmentSchema, v);
    const r = parseWith(assessmentSchema, v);
    expect(r.ok && r.value.about.organisation).toBe('Saltmere City Council');
    expect(r.ok && r.value.answers[first as string]).toEqual({
      response: { kind: 'level', level: 2 },
      notes: '',
      evidence: '',
    });
  });

  it('refuses an unknown key, a wrong level or an id outside [A-Za-z0-9_-] with zod’s issues', () => {
    for (const change of [
      (v: Record<string, unknown>) => (v.surprise = 1),
      (v: Record<string, unknown>) => (v.id = '../etc'),
      (v: Record<string, unknown>) =>
        Object.values(v.answers as Record<string, { response: unknown }>).forEach(
          (a) => (a.response = { kind: 'level', level: 7 }),
        ),
    ]) {
      const v = structuredClone(example);
      change(v);
      expect(parseWith(assessmentSchema, v).ok).toBe(false);
      sameAsZod(assessmentSchema, v);
    }
  });

  it('on small schemas of every kind it walks', () => {
    const schema = z.strictObject({
      name: z.string().trim().min(1).max(5),
      tags: z.array(z.enum(['a', 'b'])).max(2),
      pick: z.union([z.literal(''), z.string().regex(/^\d+$/)]),
      kind: z.discriminatedUnion('k', [
        z.strictObject({ k: z.literal('x'), n: z.number().int() }),
        z.strictObject({ k: z.literal('y') }),
      ]),
      maybe: z.string().optional(),
      filled: z.boolean().default(false),
      map: z.record(z.string().regex(/^[a-z]+$/), z.number().nullable()),
      loose: z.object({ a: z.string() }),
    });
    const part = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' a ', 'x', 'y', 'a', 'b', '12'),
    );
    const obj = fc.record(
      {
        name: part,
        tags: fc.array(part, { maxLength: 3 }),
        pick: part,
        kind: fc.record({ k: fc.constantFrom('x', 'y', 'z'), n: part }, { requiredKeys: ['k'] }),
        maybe: part,
        filled: part,
        map: fc.dictionary(fc.constantFrom('a', 'B', '1', 'ok'), part),
        loose: fc.record({ a: part, b: part }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(obj, (v) => sameAsZod(schema, v)),
      { numRuns: 3000 },
    );
  });

  it('leaves a schema it does not model to zod', () => {
    const schema = z.object({ a: z.string() }).catchall(z.number());
    expect(isFastParsable(schema)).toBe(false);
    sameAsZod(schema, { a: 'x', b: 2 });
    sameAsZod(schema, { a: 'x', b: 'y' });
  });
});
