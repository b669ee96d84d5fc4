// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Issue 15: a domain file that uses a DOM or Node global must fail the checks. The domain has its
// own type-check project without the DOM and Node libraries (tsconfig.domain.json), and lint
// refuses those names in src/domain and src/report (whose docx types bring Node's in).
const root = path.resolve(__dirname, '../..');
const TSC = path.join(root, 'node_modules/.bin/tsc');
const SLOW = { timeout: 120_000 };

const PROBES = {
  document: 'export const a = document.title;',
  window: 'export const a = window.innerWidth;',
  self: 'export const a = self.name;',
  Buffer: "export const a = Buffer.from('x');",
  process: 'export const a = process.env.HOME;',
  localStorage: "export const a = localStorage.getItem('x');",
};

/** tsc over the domain project plus one probe file; the error lines it prints. */
function typecheckWithProbe(code: string): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bsr-domain-probe-'));
  writeFileSync(path.join(dir, 'probe.ts'), code);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      extends: path.join(root, 'tsconfig.domain.json'),
      compilerOptions: { noEmit: true },
      include: [path.join(root, 'src/domain'), path.join(dir, 'probe.ts')],
    }),
  );
  return new Promise((resolve) => {
    execFile(TSC, ['-p', path.join(dir, 'tsconfig.json')], { cwd: root }, (_e, stdout) =>
      resolve(stdout),
    );
  });
}

describe('the domain cannot use DOM or Node globals', () => {
  it('type-checks today with neither the DOM nor Node libraries', SLOW, async () => {
    expect(await typecheckWithProbe('export const fine = structuredClone({ a: 1 });')).toBe('');
  });

  it('fails the type check for each DOM or Node global', SLOW, async () => {
    const out = await typecheckWithProbe(Object.values(PROBES).join('\n'));
    for (const name of Object.keys(PROBES))
      expect(out, name).toMatch(
        new RegExp(`probe\\.ts\\(\\d+,\\d+\\): error TS\\d+: Cannot find name '${name}'`),
      );
  });

  it.each(
    ['src/domain/x.ts', 'src/report/x.ts'].flatMap((file) =>
      Object.entries(PROBES).map(([name, code]) => [file, name, code] as const),
    ),
  )('lint refuses %s using %s', async (file, _name, code) => {
    const [result] = await new ESLint({ cwd: root }).lintText(code, {
      filePath: path.join(root, file),
    });
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain('no-restricted-globals');
  });
});
