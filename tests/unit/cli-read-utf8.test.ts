// @vitest-environment node
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/cli/cli-io';
import { NOT_UTF8_MESSAGE } from '../../src/domain/safe-json';

/*
 * readTextFile reads with Node's own UTF-8 read and re-reads strictly only text holding U+FFFD.
 * It must answer exactly as a fatal TextDecoder on the bytes does: the same text (less one leading
 * byte-order mark), or the not-UTF-8 message.
 */
const dir = mkdtempSync(join(tmpdir(), 'read-utf8-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const decoder = new TextDecoder('utf-8', { fatal: true });
function asDecoderSays(bytes: Uint8Array) {
  try {
    return { ok: true, value: decoder.decode(bytes) };
  } catch {
    return { ok: false, issues: [{ path: '', message: NOT_UTF8_MESSAGE }] };
  }
}

const utf8 = (s: string) => Array.from(Buffer.from(s, 'utf8'));
/** Byte runs that are often UTF-8 and often nearly so: overlong forms, surrogates, cut sequences. */
const chunk = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 6 }).map(utf8),
  fc.constantFrom(
    [0xef, 0xbb, 0xbf],
    [0xef, 0xbf, 0xbd],
    [0xc0, 0xaf],
    [0xe0, 0x80, 0xaf],
    [0xed, 0xa0, 0x80],
    [0xf4, 0x90, 0x80, 0x80],
    [0xf0, 0x9f, 0x98],
    [0xe2, 0x82],
    [0x80],
    [0xff],
    [0xc3],
  ),
  fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }),
);

let n = 0;
describe('reading a file as text', () => {
  it('answers as a fatal UTF-8 decoder does, on any bytes', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), (chunks) => {
        const bytes = Uint8Array.from(chunks.flat());
        const file = join(dir, `${(n += 1)}.json`);
        writeFileSync(file, bytes);
        expect(readTextFile(file)).toEqual(asDecoderSays(bytes));
      }),
      { numRuns: 1500 },
    );
  });

  it('keeps a real U+FFFD in a UTF-8 file, and drops only the first of two byte-order marks', () => {
    const file = join(dir, 'fffd.json');
    writeFileSync(file, '\uFEFF\uFEFF{"a":"\uFFFD"}');
    expect(readTextFile(file)).toEqual({ ok: true, value: '\uFEFF{"a":"\uFFFD"}' });
  });
});
