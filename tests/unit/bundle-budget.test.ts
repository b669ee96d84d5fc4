// @vitest-environment node
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  BUDGET_BYTES,
  journeyRoutes,
  measure,
  packageOf,
  readRoutes,
  staticClosure,
} from '../../scripts/bundle-size.mjs';
import type { Manifest } from '../../scripts/bundle-size.mjs';

// The bundle-budget check that `npm test` runs after the build (scripts/bundle-size.mjs --check),
// proved on small synthetic builds: what it counts as the initial load, and when it fails.

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: [
      'src/features/journey/start-page.tsx',
      'src/features/journey/theme-page.tsx',
      'src/features/results/results-page.tsx',
    ],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  'src/features/journey/start-page.tsx': {
    file: 'assets/start-page.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js'],
  },
  'src/features/journey/theme-page.tsx': {
    file: 'assets/theme-page.js',
    isDynamicEntry: true,
    imports: ['index.html', '_shared.js'],
    dynamicImports: ['_pdf.js'],
  },
  'src/features/results/results-page.tsx': {
    file: 'assets/results-page.js',
    isDynamicEntry: true,
    imports: ['index.html', '_charts.js'],
  },
  '_shared.js': { file: 'assets/shared.js' },
  '_charts.js': { file: 'assets/charts.js' },
  '_pdf.js': { file: 'assets/pdf.js', isDynamicEntry: true },
};

const routesSource = `import { paths } from '../routes/paths';
export const routes: PageRoute[] = [
  page(paths.start, () => import('../features/journey/start-page').then((m) => m.StartPage)),
  page(paths.theme, () =>
    import('../features/journey/theme-page').then((m) => m.ThemePage),
  ),
];
`;

const tmpDirs: string[] = [];
afterEach(() => {
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A project folder with routes and page sources, and a dist folder with the given chunks. */
function fakeBuild(
  chunks: Record<string, { bytes: string; modules: string[] }>,
  withModules = true,
) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bundle-budget-'));
  tmpDirs.push(root);
  fs.mkdirSync(path.join(root, 'src/app'), { recursive: true });
  fs.writeFileSync(path.join(root, 'src/app/routes.ts'), routesSource);
  for (const page of ['start-page', 'theme-page']) {
    fs.mkdirSync(path.join(root, 'src/features/journey'), { recursive: true });
    fs.writeFileSync(path.join(root, `src/features/journey/${page}.tsx`), 'export {}');
  }
  const dist = path.join(root, 'dist');
  fs.mkdirSync(path.join(dist, '.vite'), { recursive: true });
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
  const moduleMap: Record<string, string[]> = {};
  for (const { file } of Object.values(manifest)) {
    const chunk = chunks[file] ?? { bytes: 'x', modules: [] };
    fs.writeFileSync(path.join(dist, file), chunk.bytes);
    moduleMap[file] = chunk.modules;
  }
  if (withModules)
    fs.writeFileSync(path.join(dist, '.vite/chunk-modules.json'), JSON.stringify(moduleMap));
  return { root, dist };
}

/** Text that gzip cannot shrink much (hash chain: deterministic, but without repeats). */
function incompressible(bytes: number): string {
  let s = '';
  for (let i = 0; s.length < bytes; i++)
    s += createHash('sha256').update(String(i)).digest('base64');
  return s.slice(0, bytes);
}

describe('initial load = entry + start page + theme page, static imports only', () => {
  it('follows static imports and never dynamic ones', () => {
    const set = staticClosure(manifest, ['index.html', 'src/features/journey/theme-page.tsx']);
    expect([...set].sort()).toEqual([
      '_shared.js',
      '_vendor.js',
      'index.html',
      'src/features/journey/theme-page.tsx',
    ]);
  });

  it('finds the start and theme routes in src/app/routes.ts', () => {
    const { root } = fakeBuild({});
    const { start, theme } = journeyRoutes(readRoutes(root));
    expect(start?.module).toBe('src/features/journey/start-page.tsx');
    expect(theme?.module).toBe('src/features/journey/theme-page.tsx');
  });

  it.each([
    ['/work/x/node_modules/recharts/es6/index.js', 'recharts'],
    ['node_modules/@reduxjs/toolkit/dist/index.mjs', '@reduxjs/toolkit'],
    ['node_modules/.pnpm/node_modules/jspdf/dist/jspdf.es.js', 'jspdf'],
    ['src/domain/scoring.ts', null],
  ])('module %s belongs to package %s', (modulePath, pkg) => {
    expect(packageOf(modulePath)).toBe(pkg);
  });
});

describe('the budget check', () => {
  it('passes a small initial load and leaves lazy chunks out of it', () => {
    const { root, dist } = fakeBuild({
      'assets/index.js': { bytes: incompressible(20_000), modules: ['src/main.tsx'] },
      'assets/vendor.js': {
        bytes: incompressible(30_000),
        modules: ['node_modules/react-dom/index.js'],
      },
      'assets/charts.js': {
        bytes: incompressible(90_000),
        modules: ['node_modules/recharts/es6/index.js'],
      },
      'assets/pdf.js': {
        bytes: incompressible(90_000),
        modules: ['node_modules/jspdf/dist/jspdf.es.js'],
      },
    });
    const result = measure(dist, root);
    expect(result.problems).toEqual([]);
    expect(result.initialChunks.map((c) => c.file).sort()).toEqual([
      'assets/index.js',
      'assets/shared.js',
      'assets/start-page.js',
      'assets/theme-page.js',
      'assets/vendor.js',
    ]);
    expect(result.initial.gzip).toBeGreaterThan(35_000);
    expect(result.initial.gzip).toBeLessThan(BUDGET_BYTES);
  });

  it('fails when the initial load is over 100 KB gzip', () => {
    const { root, dist } = fakeBuild({
      'assets/vendor.js': {
        bytes: incompressible(70_000),
        modules: ['node_modules/react-dom/index.js'],
      },
      'assets/shared.js': { bytes: incompressible(70_000), modules: ['src/components/big.tsx'] },
    });
    const result = measure(dist, root);
    expect(result.problems).toEqual([expect.stringMatching(/over the 100\.0 KB budget/)]);
  });

  it.each(['recharts', 'jspdf', 'docx', 'zod'])('fails when %s reaches the initial load', (pkg) => {
    const { root, dist } = fakeBuild({
      'assets/shared.js': { bytes: 'tiny', modules: [`node_modules/${pkg}/index.js`] },
    });
    expect(measure(dist, root).problems).toEqual([
      `${pkg} is in the initial load (it must only be in lazy chunks)`,
    ]);
  });

  it('fails when it cannot tell which libraries are in the initial load', () => {
    const { root, dist } = fakeBuild({}, false);
    expect(measure(dist, root).problems).toEqual([
      expect.stringMatching(/chunk-modules\.json is missing/),
    ]);
  });
});
