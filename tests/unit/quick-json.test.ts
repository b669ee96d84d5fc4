// @vitest-environment node
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, parseJsonCarefully, parseUntrustedJson } from '../../src/domain/safe-json';

/*
 * parseUntrustedJson takes a quick route for sound files (quick-json.ts) and the careful route, the
 * checks as they were before it, for anything else. These tests hold the two to the same answer on
 * any text: the same value for what is accepted, the same message and path for what is refused.
 */
const sameAsCareful = (text: string): void => {
  expect(parseUntrustedJson(text)).toEqual(parseJsonCarefully(text));
};

/** Keys from a small set, so that objects often repeat one; some are forbidden, some need escapes. */
const keyArb = fc.constantFrom(
  'a',
  'b',
  'id',
  'answers',
  'x.y',
  'quote"d',
  'back\\slash',
  'colon:',
  '',
  '__proto__',
  'constructor',
  'prototype',
);

/** A key written as JSON text: plainly, or with every character as a \u escape (the same key). */
const keyText = (key: string, escaped: boolean) =>
  escaped
    ? `"${[...key].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
    : JSON.stringify(key);

const space = fc.constantFrom('', ' ', '\n  ', '\t', '\r\n');
const scalar = fc.oneof(
  fc.constantFrom('true', 'false', 'null', '0', '-1.5e3', '"x"', '"a \\" : b"', '"\\\\"', '"{["'),
  fc.string().map((s) => JSON.stringify(s)),
  fc.integer().map(String),
);

/** JSON-like text: objects whose keys may repeat, arrays, strings holding quotes, colons and brackets. */
const { value: jsonText } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc
      .array(fc.tuple(space, tie('value'), space), { maxLength: 4 })
      .map((items) => `[${items.map(([a, v, b]) => `${a}${v}${b}`).join(',')}]`),
    fc
      .array(fc.tuple(keyArb, fc.boolean(), space, tie('value')), { maxLength: 4 })
      .map(
        (pairs) =>
          `{${pairs.map(([k, esc, s, v]) => `${s}${keyText(k, esc)}${s}:${s}${v}`).join(',')}}`,
      ),
  ),
}));

/** Nesting to around the limit, as arrays or objects, with a value at the bottom. */
const nested = fc
  .tuple(fc.integer({ min: MAX_DEPTH - 3, max: MAX_DEPTH + 3 }), fc.boolean(), jsonText)
  .map(([depth, objects, inner]) =>
    objects
      ? `${'{"k":'.repeat(depth)}${inner}${'}'.repeat(depth)}`
      : `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`,
  );

/** Text that is broken: cut short, or with a character put in at random. */
const broken = fc
  .tuple(jsonText, fc.nat(), fc.constantFrom('"', '\\', '{', '}', ']', ',', ':', 'x', '\u0000'))
  .map(([t, at, c]) => {
    const i = t.length === 0 ? 0 : at % t.length;
    return at % 2 === 0 ? t.slice(0, i) : `${t.slice(0, i)}${c}${t.slice(i)}`;
  });

describe('the quick route of parseUntrustedJson gives the careful route’s answer', () => {
  it('on JSON-like text with repeated, escaped and forbidden keys', () => {
    fc.assert(fc.property(jsonText, sameAsCareful), { numRuns: 3000 });
  });

  it('on nesting just under, at and over the depth limit', () => {
    fc.assert(fc.property(nested, sameAsCareful), { numRuns: 300 });
  });

  it('on broken text', () => {
    fc.assert(fc.property(broken, sameAsCareful), { numRuns: 2000 });
  });

  it('on any string at all, and with a byte-order mark in front', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        sameAsCareful(s);
        sameAsCareful(`\uFEFF${s}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('on every hostile fixture and every assessment fixture', () => {
    for (const dir of ['tests/fixtures/hostile', 'tests/fixtures/assessments']) {
      for (const name of readdirSync(resolve(dir)).filter((n) => n.endsWith('.json')))
        sameAsCareful(readFileSync(resolve(dir, name), 'utf8'));
    }
  });

  it.each([
    ['a key given twice', '{"a":1,"b":{"c":2,"c":3}}'],
    ['a key given twice, once escaped', '{"a":1,"\\u0061":2}'],
    ['a duplicate hidden by a string that holds a colon', '{"a":"x\\":","a":1}'],
    ['a duplicate beside a key written with spaces', '{"a" : 1, "a": 2, "s": "\\"b\\":"}'],
    ['a forbidden key deep down', '{"a":[{"b":{"constructor":1}}]}'],
    ['a key that ends in a backslash', '{"a\\\\":1,"a\\\\":2}'],
    ['nesting one past the limit', `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`],
  ])('refuses %s with the careful route’s message', (_, text) => {
    const r = parseUntrustedJson(text);
    expect(r.ok).toBe(false);
    expect(r).toEqual(parseJsonCarefully(text));
  });

  it('still finds a repeated key while Object.prototype has an enumerable key of its own', () => {
    // The key count walks objects with for-in: an inherited key must not make up for a lost duplicate.
    const text = '{"a":1,"a":2}';
    Object.defineProperty(Object.prototype, 'polluted', {
      value: 1,
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let quick: ReturnType<typeof parseUntrustedJson>;
    let careful: ReturnType<typeof parseJsonCarefully>;
    try {
      quick = parseUntrustedJson(text);
      careful = parseJsonCarefully(text);
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(quick.ok).toBe(false);
    expect(quick).toEqual(careful);
  });

  it('turns away a long text of brackets before building it', () => {
    // 2 MB of brackets would take the engine's parser a second or more to build.
    const text = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    const start = performance.now();
    const r = parseUntrustedJson(text);
    expect(performance.now() - start).toBeLessThan(250);
    expect(r).toEqual({
      ok: false,
      issues: [
        { path: '', message: `the file is nested too deeply (more than ${MAX_DEPTH} levels)` },
      ],
    });
  });
});
