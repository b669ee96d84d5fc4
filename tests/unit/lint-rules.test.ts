import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// Runs the project's real eslint.config.js on small in-memory snippets placed (by file path, not on
// disk) inside each layer, to prove that a wrong import fails the lint and a right one passes.
const root = path.resolve(__dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const ids = (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`);
  return [...new Set(ids)].sort();
}

const PATHS = 'import-x/no-restricted-paths';
const PACKAGES = 'no-restricted-imports';

describe('layer direction (guide section 4)', () => {
  it.each([
    ['src/domain/x.ts', `import { a } from '../store/library-store';`, PATHS],
    ['src/domain/x.ts', `import { a } from '../app/paths';`, PATHS],
    ['src/domain/x.ts', `import { a } from '../lib/download';`, PATHS],
    ['src/domain/x.ts', `import { a } from '../report/pdf';`, PATHS],
    ['src/domain/x.ts', `export const load = () => import('../features/results/page');`, PATHS],
    ['src/domain/x.ts', `import { useState } from 'react';`, PACKAGES],
    ['src/domain/x.ts', `import { jsPDF } from 'jspdf';`, PACKAGES],
    ['src/domain/x.ts', `import { get } from 'idb-keyval';`, PACKAGES],
    ['src/domain/x.ts', `import { BarChart } from 'recharts';`, PACKAGES],
    ['src/domain/x.ts', `import { create } from 'zustand';`, PACKAGES],
    ['src/domain/x.ts', `export const w = window.innerWidth;`, 'no-restricted-globals'],
    ['src/store/x.ts', `import { a } from '../features/journey/page';`, PATHS],
    ['src/store/x.ts', `import { a } from '../report/pdf';`, PATHS],
    ['src/store/x.ts', `import { a } from '../components/task-list';`, PATHS],
    ['src/store/x.ts', `import { BarChart } from 'recharts';`, PACKAGES],
    ['src/report/x.ts', `import { a } from '../store/library-store';`, PATHS],
    ['src/report/x.ts', `import { a } from '../lib/download';`, PATHS],
    ['src/report/x.ts', `import { useMemo } from 'react';`, PACKAGES],
    ['src/report/x.ts', `export const d = document.title;`, 'no-restricted-globals'],
    ['src/cli/x.ts', `import { a } from '../store/library-store';`, PATHS],
    ['src/cli/x.ts', `import { a } from '../features/report/page';`, PATHS],
    ['src/cli/x.ts', `import { createRoot } from 'react-dom/client';`, PACKAGES],
    ['src/components/x.tsx', `import { a } from '../features/results/page';`, PATHS],
    ['src/components/x.tsx', `import { routes } from '../app/routes';`, PATHS],
    ['src/lib/x.ts', `import { a } from '../features/results/page';`, PATHS],
    ['src/features/results/x.tsx', `import { routes } from '../../app/routes';`, PATHS],
    ['src/features/results/x.tsx', `import { paths } from '../../app/paths';`, PATHS],
    ['src/features/results/x.tsx', `import { Layout } from '../../app/layout';`, PATHS],
    ['src/components/x.tsx', `import { href } from '../app/paths';`, PATHS],
    ['src/domain/x.ts', `import { paths } from '../routes/paths';`, PATHS],
    ['src/routes/x.ts', `import { routes } from '../app/routes';`, PATHS],
    ['src/routes/x.ts', `export const p = () => import('../features/start/start-page');`, PATHS],
    ['src/routes/x.ts', `import { useAssessment } from '../store/library-store';`, PATHS],
    ['src/routes/x.ts', `import { lazy } from 'react';`, PACKAGES],
    ['src/routes/x.ts', `import { z } from 'zod';`, PACKAGES],
    ['src/workers/x.ts', `import { useLibrary } from '../store/library-store';`, PATHS],
    ['src/workers/x.ts', `import { useState } from 'react';`, PACKAGES],
    ['src/domain/x.ts', `import { readChosenFiles } from '../workers/read-files';`, PATHS],
    [
      'src/features/results/x.tsx',
      `import { a } from '../plan/plan-page';`,
      'local/no-cross-feature',
    ],
    [
      'src/features/results/deep/x.tsx',
      `export { a } from '../../report/report-page';`,
      'local/no-cross-feature',
    ],
  ])('%s: `%s` fails with %s', async (file, code, rule) => {
    expect(await ruleIds(file, code)).toContain(rule);
  });

  it.each([
    [
      'src/domain/x.ts',
      `import { z } from 'zod';\nimport { scoreTheme } from './scoring';\nexport { z, scoreTheme };`,
    ],
    [
      'src/store/x.ts',
      `import { create } from 'zustand';\nimport { get } from 'idb-keyval';\nimport type { Assessment } from '../domain/assessment-schema';\nexport type S = Assessment;\nexport { create, get };`,
    ],
    [
      'src/report/x.ts',
      `import { jsPDF } from 'jspdf';\nimport { scoreAssessment } from '../domain/scoring';\nexport { jsPDF, scoreAssessment };`,
    ],
    [
      'src/cli/x.ts',
      `import { readFileSync } from 'node:fs';\nimport { scoreAssessment } from '../domain/scoring';\nexport { readFileSync, scoreAssessment };`,
    ],
    [
      'src/features/results/x.tsx',
      `import { paths } from '../../routes/paths';\nimport { downloadBlob } from '../../lib/download';\nimport { a } from './chart';\nimport { b } from '../results/table';\nexport { paths, downloadBlob, a, b };`,
    ],
    ['src/components/x.tsx', `import { href } from '../routes/paths';\nexport { href };`],
    [
      'src/routes/x.ts',
      `import { definePath } from './route-path';\nexport const p = definePath('/');`,
    ],
    [
      'src/app/x.tsx',
      `import { a } from '../features/results/page';\nimport { b } from '../features/plan/page';\nexport { a, b };`,
    ],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await ruleIds(file, code)).toEqual([]);
  });
});

describe('file conventions', () => {
  it.each([
    ['src/features/results/ResultsPage.tsx', 'local/file-names'],
    ['src/domain/score_theme.ts', 'local/file-names'],
    ['src/components/index.ts', 'local/file-names'],
  ])('%s is refused (%s)', async (file, rule) => {
    expect(await ruleIds(file, 'export const a = 1;')).toContain(rule);
  });

  it('accepts a kebab-case file with named exports', async () => {
    expect(await ruleIds('src/features/results/results-page.tsx', 'export const a = 1;')).toEqual(
      [],
    );
  });

  it('refuses a default export in src/', async () => {
    expect(
      await ruleIds(
        'src/features/results/results-page.tsx',
        'export default function Page() { return null; }',
      ),
    ).toEqual(['import-x/no-default-export']);
  });
});

describe('no any without a reason', () => {
  it('rejects an explicit any', async () => {
    expect(await ruleIds('src/domain/x.ts', `export const x: any = 1;`)).toEqual([
      '@typescript-eslint/no-explicit-any',
    ]);
  });

  it('accepts an explicit any switched off with a reason', async () => {
    const code = `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- third-party callback is untyped\nexport const x: any = 1;`;
    expect(await ruleIds('src/domain/x.ts', code)).toEqual([]);
  });

  it('rejects a disable comment without a reason', async () => {
    const code = `// eslint-disable-next-line @typescript-eslint/no-explicit-any\nexport const x: any = 1;`;
    expect(await ruleIds('src/domain/x.ts', code)).toEqual(['local/require-disable-reason']);
  });
});
