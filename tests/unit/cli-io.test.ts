// @vitest-environment node
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueLine, oneLine, parseArgs, readJsonFile, readTextFile } from '../../src/cli/cli-io';

const tmp = mkdtempSync(join(tmpdir(), 'bsr-cli-io-'));

describe('parseArgs', () => {
  const spec = { flags: ['--json'], values: ['--bank'] };

  it.each<[string[], string[], string[], [string, string][]]>([
    [['a.json'], ['a.json'], [], []],
    [['--json', 'a.json'], ['a.json'], ['--json'], []],
    [['a.json', '--bank', 'b.json', '--json'], ['a.json'], ['--json'], [['--bank', 'b.json']]],
    [['--bank=b.json', 'a.json'], ['a.json'], [], [['--bank', 'b.json']]],
    [['--', '--json'], ['--json'], [], []],
  ])('%j → positional %j, flags %j, values %j', (args, positional, flags, values) => {
    const r = parseArgs(args, spec);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.positional).toEqual(positional);
    expect([...r.value.flags]).toEqual(flags);
    expect([...r.value.values]).toEqual(values);
  });

  it.each([
    [['--xml'], 'unknown option --xml'],
    [['--json=yes'], 'unknown option --json'],
    [['a.json', '--bank'], '--bank needs a value'],
    [['--bank='], '--bank needs a value'],
  ])('refuses %j: %s', (args, message) => {
    expect(parseArgs(args, spec)).toEqual({ ok: false, issues: [{ path: '', message }] });
  });
});

describe('messages stay on one line', () => {
  it.each([
    ['a\nb', 'a b'],
    ['a\r\n\tb', 'a b'],
    ['plain', 'plain'],
  ])('oneLine(%j) → %j', (text, expected) => {
    expect(oneLine(text)).toBe(expected);
  });

  it.each([
    [{ path: 'themes[0].id', message: 'bad' }, 'f.json: themes[0].id: bad'],
    [{ path: '', message: 'no such file' }, 'f.json: no such file'],
  ])('issueLine(%j) → %s', (issue, expected) => {
    expect(issueLine('f.json', issue)).toBe(expected);
  });

  it('removes line breaks from a file name as well', () => {
    expect(issueLine('evil\nok x.json', { path: '', message: 'bad' })).toBe('evil ok x.json: bad');
  });
});

describe('reading files', () => {
  // Reading 2 GB as text would fail with a different error (too long for a string), so the size
  // message shows that the check came first.
  it('checks the size before reading: a 2 GB sparse file is refused by its size', () => {
    const huge = join(tmp, 'huge.json');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 * 1024 * 1024);
    expect(readTextFile(huge)).toEqual({
      ok: false,
      issues: [{ path: '', message: 'the file is too large (2048.0 MB; the limit is 5 MB)' }],
    });
  });

  it('accepts a UTF-8 byte-order mark before the JSON', () => {
    const bom = join(tmp, 'bom.json');
    writeFileSync(bom, '\uFEFF{"a":1}');
    expect(readJsonFile(bom)).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each([
    ['a missing file', () => join(tmp, 'missing.json'), 'no such file'],
    ['a directory', () => tmp, 'is a directory, not a file'],
  ])('describes %s in words', (_, path, message) => {
    expect(readTextFile(path())).toEqual({ ok: false, issues: [{ path: '', message }] });
  });
});
