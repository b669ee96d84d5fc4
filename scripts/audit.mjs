#!/usr/bin/env node
// `npm run audit`: builds the app, serves it on 127.0.0.1, and runs Lighthouse 12 (mobile preset,
// Debian's Chromium) on the start, question, results and report pages, then prints a table of
// performance, accessibility, best practices, LCP, TBT and bytes (and FCP, CLS, which explain a
// low performance score) against the guide's budgets.
//
//   node scripts/audit.mjs [--dist <dir>] [--port 4180] [--runs 1] [--json <file>] [--reports <dir>]
//                          [--pages start,question,results,report]
//
// --reports keeps every run's full Lighthouse result (<page>-<run>.json) for a closer look: the
// LCP element, its phases (lcp-breakdown-insight) and the network waterfall.
// --dist audits an existing build instead of building one (into a temporary folder, so dist/ is
// left alone). Assessment pages need an assessment in IndexedDB: the script first opens the app
// in the same Chromium profile and clicks "Try the example assessment". Lighthouse's storage reset
// clears the service worker and Cache Storage before each run (a cold load) but keeps IndexedDB.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { build, preview } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option('port', 4180));
const runs = Math.max(1, Number(option('runs', 1)));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The flags of playwright.config.ts, so Lighthouse sees the same browser as the e2e tests.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BUDGETS = {
  start: { performance: 98, accessibility: 100, 'best-practices': 100 },
  question: { performance: 98, accessibility: 100, 'best-practices': 100 },
  results: { performance: 95, accessibility: 100, 'best-practices': 100 },
  report: { performance: 95, accessibility: 100, 'best-practices': 100 },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function main() {
  let dist = option('dist');
  if (!dist) {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'bsr-audit-dist-'));
    console.log(`Building into ${dist} …`);
    await build({ root, logLevel: 'warn', build: { outDir: dist, emptyOutDir: true } });
  }
  dist = path.resolve(dist);

  const server = await preview({
    root,
    logLevel: 'warn',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port, strictPort: true },
  });
  const base = `http://127.0.0.1:${port}/`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsr-audit-profile-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: CHROME_FLAGS,
    userDataDir,
  });
  const rows = [];
  try {
    // Seed an assessment (the example) in this profile's IndexedDB.
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
    const context = browser.contexts()[0] ?? (await browser.newContext());
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: 'Try the example assessment' }).click();
    await page.waitForURL(/#\/a\/[^/]+\//, { timeout: 30_000 });
    const id = /#\/a\/([^/]+)\//.exec(page.url())[1];
    const firstTheme = await page.evaluate(async () => {
      // The bank is a hashed JSON asset; the start page lists the themes in bank order.
      const entries = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => /\.json$/.test(n) && !n.includes('/examples/'));
      const bank = entries[0] ? await (await fetch(entries[0])).json() : null;
      return bank?.themes?.[0]?.id ?? 'accountability';
    });
    await page.close();
    await browser.close();

    const pages = [
      { name: 'start', url: base },
      { name: 'question', url: `${base}#/a/${id}/theme/${firstTheme}` },
      { name: 'results', url: `${base}#/a/${id}/results` },
      { name: 'report', url: `${base}#/a/${id}/report` },
    ];
    const only = option('pages')?.split(',');
    for (const target of pages.filter((p) => !only || only.includes(p.name))) {
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(target.url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        const lhr = result.lhr;
        const reports = option('reports');
        if (reports) {
          fs.mkdirSync(reports, { recursive: true });
          fs.writeFileSync(path.join(reports, `${target.name}-${i + 1}.json`), result.report);
        }
        if (lhr.runtimeError)
          throw new Error(`${target.name}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        samples.push({
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          'best-practices': Math.round(lhr.categories['best-practices'].score * 100),
          fcp: lhr.audits['first-contentful-paint'].numericValue,
          lcp: lhr.audits['largest-contentful-paint'].numericValue,
          cls: lhr.audits['cumulative-layout-shift'].numericValue,
          tbt: lhr.audits['total-blocking-time'].numericValue,
          bytes: lhr.audits['total-byte-weight'].numericValue,
          failing: Object.values(lhr.categories)
            .filter((c) => c.id !== 'performance')
            .flatMap((c) =>
              c.auditRefs
                .filter(
                  (r) =>
                    r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1,
                )
                .map((r) => `${c.id}: ${r.id}`),
            ),
        });
      }
      const pick = (key) => median(samples.map((s) => s[key]));
      rows.push({
        page: target.name,
        url: target.url.replace(id, '<id>'),
        performance: pick('performance'),
        accessibility: pick('accessibility'),
        'best-practices': pick('best-practices'),
        fcp: pick('fcp'),
        lcp: pick('lcp'),
        cls: pick('cls'),
        tbt: pick('tbt'),
        bytes: pick('bytes'),
        failing: [...new Set(samples.flatMap((s) => s.failing))],
      });
    }
  } finally {
    chrome.kill();
    await new Promise((resolve) => server.httpServer.close(resolve));
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }

  const missed = [];
  console.log(
    `\nLighthouse ${lighthouse.version ?? '12'} · mobile preset (simulated throttling) · Chromium ${chromePath} · median of ${runs} run(s)\n`,
  );
  const header = [
    'page',
    'perf',
    'a11y',
    'best pr.',
    'LCP',
    'TBT',
    'bytes',
    'FCP',
    'CLS',
    'budget',
  ];
  const widths = [9, 5, 5, 9, 9, 8, 9, 9, 7, 7];
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join(' ');
  console.log(line(header));
  for (const r of rows) {
    const budget = BUDGETS[r.page];
    const misses = Object.entries(budget)
      .filter(([k, min]) => r[k] < min)
      .map(([k, min]) => `${k} ${r[k]} < ${min}`);
    missed.push(...misses.map((m) => `${r.page}: ${m}`));
    console.log(
      line([
        r.page,
        r.performance,
        r.accessibility,
        r['best-practices'],
        `${(r.lcp / 1000).toFixed(2)} s`,
        `${Math.round(r.tbt)} ms`,
        `${(r.bytes / 1000).toFixed(0)} KB`,
        `${(r.fcp / 1000).toFixed(2)} s`,
        r.cls.toFixed(3),
        misses.length ? 'MISSED' : 'met',
      ]),
    );
  }
  for (const r of rows)
    if (r.failing.length) console.log(`  ${r.page}: audits below 100%: ${r.failing.join(', ')}`);
  const jsonOut = option('json');
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(rows, null, 2));
  if (missed.length) {
    console.log(`\nBudgets missed (guide section 7): ${missed.join('; ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nAll Lighthouse budgets of the guide (section 7) are met.');
  }
}

main().catch((error) => {
  console.error(`audit failed: ${error.stack ?? error}`);
  process.exit(1);
});
