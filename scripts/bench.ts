// `npm run bench`: the guide's section-7 figures, each next to a reference measured the same way
// on the same machine, so they can be read as ratios when the machine is noisy.
//
//   npx tsx scripts/bench.ts [--dist <built app>]
//
// 1. JS that the start and question pages load (gzip), from a fresh build (scripts/bundle-size.mjs),
//    against a minimal React page built with the same toolchain (scripts/bench-reference/).
// 2. Report timings (scripts/bench-report.ts, report helper) and workshop import timings
//    (scripts/bench-workshop.ts, workshop helper), medians of repeated runs, against a fixed
//    reference task timed the same way.
// 3. Click on "Download PDF" → file in Chromium, on the built app.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build, preview } from 'vite';
import { kb, measure, staticClosure, type Manifest } from './bundle-size.mjs';

type Timing = { name: string; medianMs: number; budgetMs: number; runs: number };

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function buildApp(): Promise<string> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--dist');
  if (i >= 0 && args[i + 1]) return path.resolve(args[i + 1]!);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsr-bench-app-'));
  await build({ root, logLevel: 'silent', build: { outDir, emptyOutDir: true } });
  return outDir;
}

/** Gzip size of the reference page's entry chunk and its static imports. */
async function referenceJs(): Promise<{ raw: number; gzip: number }> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsr-bench-ref-'));
  await build({
    root: path.join(here, 'bench-reference'),
    configFile: false,
    base: './',
    logLevel: 'silent',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
  const manifest = JSON.parse(
    fs.readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  let raw = 0;
  let gzip = 0;
  for (const key of staticClosure(manifest, entries)) {
    const bytes = fs.readFileSync(path.join(outDir, manifest[key]!.file));
    raw += bytes.length;
    gzip += zlib.gzipSync(bytes, { level: 9 }).length;
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  return { raw, gzip };
}

/**
 * A fixed CPU task timed like the benches (warm-up, then the median of 25 runs): JSON round trip
 * and gzip of the example assessment file. Timings divided by it are comparable across machines.
 */
function referenceTaskMs(): number {
  const file = path.join(root, 'public/examples/example-council.json');
  const text = fs.existsSync(file)
    ? fs.readFileSync(file, 'utf8')
    : JSON.stringify({ filler: 'x'.repeat(50_000) });
  const work = () => {
    for (let i = 0; i < 10; i++) zlib.gzipSync(JSON.stringify(JSON.parse(text)));
  };
  for (let i = 0; i < 5; i++) work();
  const times: number[] = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Click on "Download PDF" → file, in Chromium, on the built app with the example assessment: the
 * first click (which also fetches the PDF code) and the median of the next ones.
 */
async function pdfDownloadMs(
  dist: string,
  edition: 'cabinet' | 'full',
): Promise<{ first: number; median: number; runs: number } | string> {
  const server = await preview({
    root,
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 4186, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4186/';
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(base);
    await page.getByRole('button', { name: 'Try the example assessment' }).click();
    await page.waitForURL(/#\/a\/[^/]+\//);
    const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1];
    await page.goto(`${base}#/a/${id}/report${edition === 'full' ? '/full' : ''}`);
    const button = page.getByRole('button', { name: 'Download PDF' });
    await button.waitFor();
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      const start = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      times.push(performance.now() - start);
      await download.path();
      await page.waitForFunction(
        (el) => el?.getAttribute('aria-disabled') !== 'true',
        await button.elementHandle(),
      );
    }
    return { first: times[0]!, median: median(times.slice(1)), runs: times.length - 1 };
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
  } finally {
    await browser.close();
    await new Promise((resolve) => server.httpServer.close(resolve));
  }
}

/** Run one helper's bench module, or say why it cannot run. */
async function optionalBench(file: string, exportName: string): Promise<Timing[] | string> {
  const full = path.join(here, file);
  if (!fs.existsSync(full)) return `not available (${file} does not exist)`;
  try {
    const module = (await import(pathToFileURL(full).href)) as Record<string, unknown>;
    const run = module[exportName];
    if (typeof run !== 'function') return `not available (${file} has no ${exportName}())`;
    return (await (run as () => Promise<Timing[]>)()) ?? [];
  } catch (error) {
    return `failed: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function main() {
  process.chdir(root);
  console.log('Building the app and the reference page …');
  const dist = await buildApp();
  const app = measure(dist, root);
  const ref = await referenceJs();

  console.log('\nInitial-load JavaScript (gzip, level 9; 1 KB = 1000 bytes)');
  console.log(
    `  app: entry + start page + theme page   ${kb(app.initial.gzip).padStart(9)}   budget ${kb(app.budget)}`,
  );
  console.log(`    entry + static imports                ${kb(app.entry.gzip).padStart(9)}`);
  console.log(`    entry + start page                    ${kb(app.startPage.gzip).padStart(9)}`);
  console.log(`    entry + theme (question) page         ${kb(app.themePage.gzip).padStart(9)}`);
  console.log(`  reference: minimal React page          ${kb(ref.gzip).padStart(9)}`);
  console.log(
    `  ratio app / reference                  ${(app.initial.gzip / ref.gzip).toFixed(2).padStart(8)}×`,
  );
  if (app.problems.length) console.log(`  budget check: ${app.problems.join('; ')}`);
  else console.log('  budget check: met (no recharts, jspdf, docx or zod in the initial load)');

  const referenceMs = referenceTaskMs();
  console.log(
    `\nReference task (JSON round trip + gzip of the example file ×10): median ${referenceMs.toFixed(1)} ms over 25 runs`,
  );

  for (const [title, file, exportName] of [
    ['Report (in-process)', 'bench-report.ts', 'benchReport'],
    ['Workshop import', 'bench-workshop.ts', 'benchWorkshop'],
  ] as const) {
    console.log(`\n${title}`);
    const result = await optionalBench(file, exportName);
    if (typeof result === 'string') {
      console.log(`  ${result}`);
      continue;
    }
    for (const r of result) {
      const verdict = r.medianMs <= r.budgetMs ? 'within budget' : 'OVER BUDGET';
      console.log(
        `  ${r.name}: median ${r.medianMs.toFixed(1)} ms over ${r.runs} runs (budget ${r.budgetMs} ms, ${verdict}; ${(r.medianMs / referenceMs).toFixed(2)}× the reference task)`,
      );
    }
  }
  console.log('\nWorkshop at scale (scripts/bench-workshop.ts, scripts/bench-workshop-browser.ts)');
  try {
    const cli = await import(pathToFileURL(path.join(here, 'bench-workshop.ts')).href);
    cli.printCliRows(cli.benchWorkshopCli([300, 2000, 10000]));
    const browser = await import(pathToFileURL(path.join(here, 'bench-workshop-browser.ts')).href);
    // 10,000 files are not dropped in the browser: their 72 MB of text, passed into the page to make
    // the File objects, closes the page in this harness.
    for (const r of await browser.benchWorkshopBrowser(dist, [300, 2000]))
      console.log(
        `  ${r.files} files dropped on a workshop in Chromium: figures in ${Math.round(r.toFiguresMs)} ms (budget 2000 ms for 2,000), longest frame gap ${Math.round(r.longestGapMs)} ms, ending ${Math.round(r.longestGapAtMs)} ms after the drop (budget 200 ms)`,
      );
  } catch (error) {
    console.log(
      `  failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  }

  console.log('\nDownload PDF in Chromium (click → file, example assessment, built app)');
  for (const [edition, label] of [
    ['cabinet', 'cabinet paper'],
    ['full', 'full record'],
  ] as const) {
    const pdf = await pdfDownloadMs(dist, edition);
    if (typeof pdf === 'string') console.log(`  ${label}: ${pdf}`);
    else {
      const verdict = Math.max(pdf.first, pdf.median) <= 1000 ? 'within budget' : 'OVER BUDGET';
      console.log(
        `  ${label}: first click ${pdf.first.toFixed(0)} ms (loads the PDF code), then median ${pdf.median.toFixed(0)} ms over ${pdf.runs} clicks (budget 1000 ms, ${verdict})`,
      );
    }
  }
  if (!process.argv.includes('--dist')) fs.rmSync(dist, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  process.exit(1);
});
