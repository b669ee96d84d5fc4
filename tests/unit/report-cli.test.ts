// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportCommand } from '../../src/cli/report-command';
import { FIXTURE_ASSESSMENT, FIXTURE_BANK, FIXTURE_SEEDS } from '../fixtures/report/load';

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
const fixtureJson = JSON.parse(readFileSync(FIXTURE_ASSESSMENT, 'utf8')) as Record<string, unknown>;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await reportCommand(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cli report: bad input gives one line, naming the file, and exit 1', () => {
  it.each([
    ['a missing file', () => join(dir, 'nowhere.json'), /no such file/],
    [
      'a file that is not JSON',
      () => file('broken.json', '{ "format": "readiness-assessment", '),
      /not valid JSON/,
    ],
    [
      'a file that is not an assessment',
      () => file('other.json', '{"hello": "world"}'),
      /not an assessment file/,
    ],
    [
      'an assessment that fails the schema',
      () =>
        file(
          'bad-date.json',
          JSON.stringify({
            ...fixtureJson,
            about: { ...(fixtureJson.about as object), date: '2026-02-30' },
          }),
        ),
      /about\.date: must be a real date/,
    ],
    [
      'an assessment from a newer version of the tool',
      () => file('newer.json', JSON.stringify({ ...fixtureJson, formatVersion: 99 })),
      /newer version of the tool/,
    ],
  ])('%s', async (_name, make, problem) => {
    const input = make();
    const out = join(dir, 'never.pdf');
    const r = await run(['--bank', FIXTURE_BANK, input, out]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]?.startsWith(`report: ${input}: `)).toBe(true);
    expect(r.err[0]).toMatch(problem);
    expect(r.out).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('names the output file when it is neither .pdf nor .docx', async () => {
    const r = await run([FIXTURE_ASSESSMENT, join(dir, 'report.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `report: ${join(dir, 'report.txt')}: the output file name must end in .pdf or .docx`,
    ]);
  });

  it('says what is wrong with the arguments, then the usage', async () => {
    const r = await run([FIXTURE_ASSESSMENT]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'report: give an assessment file and an output file',
      expect.stringMatching(/^report: usage: report /),
    ]);
  });
});

describe('cli report: writes the report', () => {
  it.each([
    ['report.pdf', (bytes: Buffer) => expect(bytes.subarray(0, 5).toString()).toBe('%PDF-')],
    ['report.docx', (bytes: Buffer) => expect(bytes.subarray(0, 2).toString()).toBe('PK')],
  ])('%s', async (name, check) => {
    const out = join(dir, name);
    const r = await run([
      '--bank',
      FIXTURE_BANK,
      '--seeds',
      FIXTURE_SEEDS,
      FIXTURE_ASSESSMENT,
      out,
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(new RegExp(`^wrote ${out}: cabinet paper \\(\\d+ KB\\)$`));
    check(readFileSync(out));
  });

  it('refuses to replace an existing file unless --force is given', async () => {
    const out = join(dir, 'existing.pdf');
    writeFileSync(out, 'keep me');
    const args = ['--bank', FIXTURE_BANK, '--seeds', FIXTURE_SEEDS, FIXTURE_ASSESSMENT, out];
    const refused = await run(args);
    expect(refused.code).toBe(2);
    expect(refused.err).toEqual([
      `report: ${out}: already exists; give --force to replace it, or choose another name`,
    ]);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await run(['--force', ...args]);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses an output path that names its input file, however it is written', async () => {
    const input = file('named.pdf', readFileSync(FIXTURE_ASSESSMENT, 'utf8'));
    const sameFile = join(dir, '..', basename(dir), 'named.pdf');
    const r = await run(['--force', '--bank', FIXTURE_BANK, input, sameFile]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      `report: ${sameFile}: is one of the input files; choose another name so the input is not overwritten`,
    ]);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(FIXTURE_ASSESSMENT, 'utf8'));
  });

  it('writes the full record with --edition full, and refuses an unknown edition', async () => {
    const out = join(dir, 'full.pdf');
    const args = ['--bank', FIXTURE_BANK, '--seeds', FIXTURE_SEEDS, FIXTURE_ASSESSMENT, out];
    const bad = await run(['--edition', 'summary', ...args]);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/--edition must be cabinet or full, not summary/);
    const r = await run(['--edition', 'full', ...args]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/: full record \(\d+ KB\)$/);
  });

  it('runs through the npm script entry point with a process exit code', () => {
    const bad = file('bad.json', 'not json');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'src/cli/main.ts', 'report', bad, join(dir, 'x.pdf')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { status: number; stderr: string };
      status = err.status;
      stderr = err.stderr;
    }
    expect(status).toBe(1);
    const lines = stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(`report: ${bad}: the file is not valid JSON`)).toBe(true);
  });
});
