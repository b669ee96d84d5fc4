// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  formatPath,
  MAX_DEPTH,
  MAX_FILE_BYTES,
  parseUntrustedJson,
  parseWith,
  utf8Length,
} from '../../src/domain/safe-json';

const failure = (text: string) => {
  const r = parseUntrustedJson(text);
  if (r.ok) throw new Error('expected the text to be refused');
  expect(r.issues).toHaveLength(1);
  return r.issues[0]!;
};

/** A JSON string literal whose text is exactly `bytes` UTF-8 bytes long. */
const jsonOfBytes = (bytes: number, filler = 'a') =>
  `"${filler.repeat((bytes - 2) / utf8Length(filler))}"`;

describe('parseUntrustedJson', () => {
  it('parses ordinary JSON', () => {
    expect(parseUntrustedJson('{"a":[1,2,{"b":null}],"c":"d"}')).toEqual({
      ok: true,
      value: { a: [1, 2, { b: null }], c: 'd' },
    });
  });

  describe('size', () => {
    it('accepts text of exactly 5 MB', () => {
      expect(parseUntrustedJson(jsonOfBytes(MAX_FILE_BYTES)).ok).toBe(true);
    });

    it('refuses text over 5 MB with the size in the message', () => {
      expect(failure(jsonOfBytes(MAX_FILE_BYTES + 2)).message).toBe(
        'the file is too large (5.0 MB; the limit is 5 MB)',
      );
    });

    it('counts bytes, not characters: 3 million two-byte characters are over the limit', () => {
      const text = jsonOfBytes(6_000_002, 'é');
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      expect(failure(text).message).toMatch(/too large \(5\.7 MB/);
    });

    it.each([
      ['a', 1],
      ['é', 2],
      ['€', 3],
      ['😀', 4],
    ])('counts %s as %i UTF-8 bytes', (ch, bytes) => {
      expect(utf8Length(ch)).toBe(bytes);
      expect(utf8Length(ch)).toBe(new TextEncoder().encode(ch).length);
    });
  });

  describe('depth', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

    it(`accepts ${MAX_DEPTH} levels`, () => {
      expect(parseUntrustedJson(nested(MAX_DEPTH)).ok).toBe(true);
    });

    it.each([MAX_DEPTH + 1, 100_000])('refuses %i levels without parsing them', (depth) => {
      expect(failure(nested(depth)).message).toBe(
        `the file is nested too deeply (more than ${MAX_DEPTH} levels)`,
      );
    });

    it('counts objects as well as arrays', () => {
      expect(
        failure(`${'{"a":'.repeat(MAX_DEPTH + 1)}1${'}'.repeat(MAX_DEPTH + 1)}`).message,
      ).toMatch(/nested too deeply/);
    });

    it('ignores brackets inside strings, escaped quotes included', () => {
      const text = JSON.stringify({ note: `${'['.repeat(100)} \\" ${'{'.repeat(100)} "` });
      expect(parseUntrustedJson(text).ok).toBe(true);
    });
  });

  describe('forbidden keys', () => {
    it.each([
      ['{"__proto__":{"polluted":true}}', '__proto__', '__proto__'],
      ['{"a":{"constructor":{"prototype":{"polluted":true}}}}', 'constructor', 'a.constructor'],
      ['{"a":[{"ok":1},{"prototype":1}]}', 'prototype', 'a[1].prototype'],
      ['{"answers":{"x.y":{"__proto__":{}}}}', '__proto__', 'answers["x.y"].__proto__'],
    ])('refuses %s naming "%s" at %s', (text, key, path) => {
      const issue = failure(text);
      expect(issue.message).toBe(`the file contains a forbidden key "${key}"`);
      expect(issue.path).toBe(path);
    });

    it('reports the first forbidden key in document order', () => {
      expect(failure('{"a":{"b":{"constructor":1}},"__proto__":1}').path).toBe('a.b.constructor');
    });

    it('checks a file with a million values within the size limit', () => {
      const text = `[${Array<string>(1_000_000).fill('1').join(',')},{"constructor":1}]`;
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      expect(failure(text).path).toBe('[1000000].constructor');
    });

    it('allows the words as values', () => {
      expect(parseUntrustedJson('{"note":"constructor of __proto__ prototype"}').ok).toBe(true);
    });

    it('leaves Object.prototype untouched', () => {
      parseUntrustedJson(
        '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}',
      );
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  describe('text that is not JSON', () => {
    it.each(['', 'hello', '{"a":1', "{'a':1}", '{"a":1,}', 'NaN', '<html></html>'])(
      'refuses %j in one line',
      (text) => {
        const issue = failure(text);
        expect(issue.path).toBe('');
        expect(issue.message).toMatch(/^the file is not valid JSON \(.+\)$/);
        expect(issue.message).not.toContain('\n');
      },
    );

    it('keeps the message on one line when the engine quotes text with line breaks', () => {
      expect(failure('{\n"a":\n\n}').message).not.toMatch(/[\r\n]/);
    });
  });
});

describe('formatPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], ''],
    [['themes', 0, 'questions', 2, 'levels'], 'themes[0].questions[2].levels'],
    [['answers', 'capacity.skills', 'response'], 'answers["capacity.skills"].response'],
    [['targets', 'strategic-planning'], 'targets["strategic-planning"]'],
    [[0, 'a'], '[0].a'],
    [['a b'], '["a b"]'],
  ])('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('parseWith', () => {
  const schema = z.strictObject({
    name: z.string(),
    tags: z.record(z.string().regex(/^[a-z]+$/, 'must be lower-case letters'), z.number()),
  });

  it.each<[string, unknown, { path: string; message: string }]>([
    ['a missing value', { tags: {} }, { path: 'name', message: 'is missing (it should be text)' }],
    [
      'unknown keys',
      { name: 'x', tags: {}, a: 1, b: 2 },
      { path: '', message: 'unknown keys "a", "b"' },
    ],
    [
      'a bad record key',
      { name: 'x', tags: { OK: 1 } },
      { path: 'tags.OK', message: 'key "OK" must be lower-case letters' },
    ],
  ])('says what is wrong with %s', (_, value, issue) => {
    expect(parseWith(schema, value)).toEqual({ ok: false, issues: [issue] });
  });

  it('returns the parsed value', () => {
    expect(parseWith(schema, { name: 'x', tags: { a: 1 } })).toEqual({
      ok: true,
      value: { name: 'x', tags: { a: 1 } },
    });
  });
});

describe('duplicate keys', () => {
  it.each([
    ['{"a":1,"a":2}', 'a', 'a'],
    ['{"answers":{"x.y":{"n":1},"x.y":{"n":2}}}', 'x.y', 'answers["x.y"]'],
    ['{"a":"\\u0062","b":1,"\\u0062":2}', 'b', 'b'],
    ['[{"k":1},{"k":2,"k":3}]', 'k', '[1].k'],
    ['{"list":[1,2,{"z":0,"z":0}]}', 'z', 'list[2].z'],
  ])('refuses %s, naming the key and where it is', (text, key, path) => {
    const issue = failure(text);
    expect(issue.path).toBe(path);
    expect(issue.message).toBe(
      `the key "${key}" appears twice in the same object; a file must give each key once`,
    );
  });

  it.each([
    '{"a":{"a":{"a":1}}}',
    '[{"k":1},{"k":2}]',
    '{"a":"{\\"a\\":1,\\"a\\":2}"}',
    '{"a":1,"A":2}',
    '{"key":"value, \\"key\\": 2"}',
  ])('accepts the same key in different objects or inside a string: %s', (text) => {
    expect(parseUntrustedJson(text).ok).toBe(true);
  });

  it('finds a duplicate answer in an assessment, which JSON.parse would silently keep the last of', () => {
    const text = JSON.stringify({
      format: 'readiness-assessment',
      answers: { 'capacity.skills': { level: 1 } },
    }).replace('}}}', '},"capacity.skills":{"level":4}}}');
    expect(failure(text).path).toBe('answers["capacity.skills"]');
  });
});
