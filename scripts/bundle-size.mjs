#!/usr/bin/env node
// The JavaScript that the start page and the question pages load, measured from a build's
// `.vite/manifest.json` (static `imports` followed, `dynamicImports` not), gzip-compressed.
//
//   node scripts/bundle-size.mjs [--dist dist] [--check] [--json]   (run from the project root)
//
// --check exits 1 when the initial load is over budget or contains a heavy library (guide
// section 7); test-all.sh runs it after the build. Pure helpers are exported for the unit test
// and for scripts/bench.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const BUDGET_BYTES = 100_000;
/** Libraries that must only ever be in lazy chunks (rule 6 of the project brief). */
export const FORBIDDEN_IN_INITIAL = [
  'recharts',
  'jspdf',
  'docx',
  'zod',
  'html2canvas',
  'dompurify',
];

const here = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(here, '..');

/** Manifest keys reachable from `keys` through static imports only. */
export function staticClosure(manifest, keys) {
  const seen = new Set();
  const stack = [...keys];
  while (stack.length) {
    const key = stack.pop();
    if (seen.has(key) || !manifest[key]) continue;
    seen.add(key);
    for (const dep of manifest[key].imports ?? []) stack.push(dep);
  }
  return seen;
}

/** The package a module path comes from (`node_modules/@scope/name/...` → `@scope/name`), or null. */
export function packageOf(modulePath) {
  const parts = modulePath.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return null;
  const first = parts[at + 1];
  return first.startsWith('@') ? `${first}/${parts[at + 2]}` : first;
}

/**
 * Route name → lazily imported page module, read from src/app/routes.ts, where each route is bound
 * to its page as `page(paths.<name>, () => import('../features/...')...)`.
 */
export function readRoutes(rootDir = projectRoot) {
  const file = path.join(rootDir, 'src/app/routes.ts');
  if (!fs.existsSync(file)) return [];
  const appDir = path.dirname(file);
  const text = fs.readFileSync(file, 'utf8');
  const pattern = /page\(\s*paths\.(\w+)\s*,\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]/gs;
  return [...text.matchAll(pattern)].map((match) => {
    const base = path.resolve(appDir, match[2]);
    const source = ['', '.tsx', '.ts', '.jsx', '.js']
      .map((ext) => base + ext)
      .find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
    return {
      name: match[1],
      module: source ? path.relative(rootDir, source).split(path.sep).join('/') : null,
    };
  });
}

/** The start route and the theme (question) route among the routes. */
export function journeyRoutes(routes) {
  return {
    start: routes.find((r) => r.name === 'start'),
    theme: routes.find((r) => r.name === 'theme'),
  };
}

function gzipSize(buffer) {
  return zlib.gzipSync(buffer, { level: 9 }).length;
}

/** Sizes of the initial load of a build: entry + start page + theme page, each with static imports. */
export function measure(distDir, rootDir = projectRoot) {
  const manifestPath = path.join(distDir, '.vite/manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(
      `${manifestPath} is missing: build with build.manifest: true (vite.config.ts) first.`,
    );
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const modulesPath = path.join(distDir, '.vite/chunk-modules.json');
  const chunkModules = fs.existsSync(modulesPath)
    ? JSON.parse(fs.readFileSync(modulesPath, 'utf8'))
    : {};

  const entries = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const { start, theme } = journeyRoutes(readRoutes(rootDir));
  const problems = [];
  if (!entries.length) problems.push('no entry chunk in the manifest');
  const pageKey = (route, label) => {
    if (!route) {
      problems.push(`no ${label} route found in src/app/routes.ts`);
      return null;
    }
    if (!route.module || !manifest[route.module]) {
      problems.push(
        `the ${label} route's module (${route.module ?? route.name}) is not in the build manifest`,
      );
      return null;
    }
    return route.module;
  };
  const startKey = pageKey(start, 'start');
  const themeKey = pageKey(theme, 'theme (question)');

  const chunkInfo = (key) => {
    const file = manifest[key].file;
    const buffer = fs.readFileSync(path.join(distDir, file));
    const modules = chunkModules[file] ?? [];
    const packages = [...new Set(modules.map(packageOf).filter(Boolean))].sort();
    return { key, file, raw: buffer.length, gzip: gzipSize(buffer), packages };
  };
  const sum = (keys) =>
    [...keys]
      .map(chunkInfo)
      .reduce((t, c) => ({ raw: t.raw + c.raw, gzip: t.gzip + c.gzip }), { raw: 0, gzip: 0 });

  const entrySet = staticClosure(manifest, entries);
  const startSet = staticClosure(manifest, [...entries, ...(startKey ? [startKey] : [])]);
  const themeSet = staticClosure(manifest, [...entries, ...(themeKey ? [themeKey] : [])]);
  const initialSet = new Set([...startSet, ...themeSet]);
  const initialChunks = [...initialSet].map(chunkInfo).sort((a, b) => b.gzip - a.gzip);
  const initial = sum(initialSet);
  const cssFiles = [...new Set([...initialSet].flatMap((k) => manifest[k].css ?? []))];
  const css = cssFiles.reduce(
    (t, f) => {
      const b = fs.readFileSync(path.join(distDir, f));
      return { raw: t.raw + b.length, gzip: t.gzip + gzipSize(b) };
    },
    { raw: 0, gzip: 0 },
  );

  const forbidden = [...new Set(initialChunks.flatMap((c) => c.packages))].filter((p) =>
    FORBIDDEN_IN_INITIAL.includes(p),
  );
  if (!Object.keys(chunkModules).length)
    problems.push(
      '.vite/chunk-modules.json is missing: cannot tell which libraries are in the initial load',
    );
  for (const p of forbidden)
    problems.push(`${p} is in the initial load (it must only be in lazy chunks)`);
  if (initial.gzip > BUDGET_BYTES)
    problems.push(`initial load is ${kb(initial.gzip)} gzip, over the ${kb(BUDGET_BYTES)} budget`);

  // Every JS file of the build, for the table (lazy chunks included).
  const allJs = fs
    .readdirSync(path.join(distDir, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const b = fs.readFileSync(path.join(distDir, 'assets', f));
      const file = `assets/${f}`;
      return {
        file,
        raw: b.length,
        gzip: gzipSize(b),
        packages: [...new Set((chunkModules[file] ?? []).map(packageOf).filter(Boolean))].sort(),
      };
    });

  return {
    budget: BUDGET_BYTES,
    routes: { start: start?.module ?? null, theme: theme?.module ?? null },
    entry: sum(entrySet),
    startPage: sum(startSet),
    themePage: sum(themeSet),
    initial,
    css,
    initialChunks,
    lazyChunks: allJs
      .filter((c) => !initialChunks.some((i) => i.file === c.file))
      .sort((a, b) => b.gzip - a.gzip),
    problems,
  };
}

export function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function table(result) {
  const lines = [];
  const row = (a, b, c, d = '') =>
    lines.push(`${a.padEnd(58)} ${b.padStart(10)} ${c.padStart(10)}  ${d}`);
  row('JavaScript (gzip level 9; 1 KB = 1000 bytes)', 'raw', 'gzip');
  row('entry + static imports', kb(result.entry.raw), kb(result.entry.gzip));
  row(
    `+ start page (${result.routes.start ?? 'none'})`.slice(0, 58),
    kb(result.startPage.raw),
    kb(result.startPage.gzip),
  );
  row(
    `+ theme page (${result.routes.theme ?? 'none'})`.slice(0, 58),
    kb(result.themePage.raw),
    kb(result.themePage.gzip),
  );
  row(
    'initial load: entry + start + theme',
    kb(result.initial.raw),
    kb(result.initial.gzip),
    `budget ${kb(result.budget)}`,
  );
  row('CSS of the initial load', kb(result.css.raw), kb(result.css.gzip));
  lines.push('', 'initial-load chunks:');
  for (const c of result.initialChunks)
    row(`  ${c.file}`, kb(c.raw), kb(c.gzip), c.packages.join(' '));
  lines.push('', 'lazy chunks (largest first):');
  for (const c of result.lazyChunks.slice(0, 15))
    row(`  ${c.file}`, kb(c.raw), kb(c.gzip), c.packages.join(' '));
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const distArg = args.indexOf('--dist');
  // The project is the current directory (so a copy of the repository measures its own routes).
  const rootDir = process.cwd();
  const dist = path.resolve(distArg >= 0 ? args[distArg + 1] : path.join(rootDir, 'dist'));
  let result;
  try {
    result = measure(dist, rootDir);
  } catch (error) {
    console.error(`bundle budget: ${error.message}`);
    process.exit(1);
  }
  if (args.includes('--json')) console.log(JSON.stringify(result, null, 2));
  else console.log(table(result));
  if (args.includes('--check')) {
    if (result.problems.length) {
      for (const p of result.problems) console.error(`bundle budget FAILED: ${p}`);
      process.exit(1);
    }
    console.log(
      `bundle budget ok: ${kb(result.initial.gzip)} of ${kb(result.budget)}; no recharts, jspdf, docx or zod in the initial load`,
    );
  }
}
