import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { serialiseAssessment } from '../src/domain/assessment-file';
import { readQuestionnaireText } from '../src/domain/questionnaire-file';
import { sampleAssessments } from '../src/domain/workshop-sample';
import { readFileSync, writeFileSync } from 'node:fs';

export type BrowserRow = { files: number; toFiguresMs: number; longestGapMs: number };

/**
 * Files dropped on a workshop page in Chromium, on the built app: the time from the drop to the
 * figures (the summary and the theme chart on screen) and the longest gap between two frames meanwhile.
 * The files are made inside the page, so only the app's own work is timed.
 */
export async function benchWorkshopBrowser(
  dist: string,
  counts: readonly number[] = [300, 2000],
): Promise<BrowserRow[]> {
  const r = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('bench: the built-in question bank is invalid');
  const server = await preview({
    root: resolve('.'),
    logLevel: 'silent',
    build: { outDir: dist },
    preview: { host: '127.0.0.1', port: 4187, strictPort: false },
  });
  const base = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:4187/';
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
  });
  const rows: BrowserRow[] = [];
  try {
    for (const n of counts) {
      const files = sampleAssessments(r.value, n, { organisations: 19 }).map((a) => ({
        name: `${a.id}.json`,
        text: serialiseAssessment(a),
      }));
      const page = await browser.newPage();
      await page.goto(`${base}#/workshops`);
      await page.getByLabel('Name of the workshop').fill(`Bench ${n}`);
      await page.getByLabel('Day').fill('14');
      await page.getByLabel('Month').fill('3');
      await page.getByLabel('Year').fill('2011');
      await page.getByRole('button', { name: 'Create workshop' }).click();
      await page.getByRole('heading', { level: 1, name: `Bench ${n}` }).waitFor();
      // Scripts are passed as text: tsx would wrap named functions in a helper the page lacks.
      await page.evaluate(
        `window.files = ${JSON.stringify(files)}.map((f) => new File([f.text], f.name, { type: 'application/json' }))`,
      );
      await page.waitForTimeout(500);
      const cdp = process.env.PROFILE ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      const start = performance.now();
      await page.evaluate(`(() => {
        const dt = new DataTransfer();
        for (const f of window.files) dt.items.add(f);
        window.gaps = [];
        window.stop = false;
        let last = performance.now();
        const tick = (t) => {
          window.gaps.push(t - last);
          last = t;
          if (!window.stop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        document
          .querySelector('[data-testid="workshop-files-drop-zone"]')
          .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      })()`);
      await page
        .getByTestId('workshop-summary')
        .filter({ hasText: `${n.toLocaleString('en-GB')} responses` })
        .or(page.getByTestId('workshop-summary').filter({ hasText: `${n} responses` }))
        .waitFor({ timeout: 120_000 });
      await page.getByTestId('theme-box-chart').waitFor({ timeout: 120_000 });
      const toFiguresMs = performance.now() - start;
      const longestGapMs = (await page.evaluate(
        '(() => { window.stop = true; return Math.max(...window.gaps); })()',
      )) as number;
      rows.push({ files: n, toFiguresMs, longestGapMs });
      if (cdp) {
        await page.waitForTimeout(1000);
        const { profile } = await cdp.send('Profiler.stop');
        writeFileSync(`${process.env.PROFILE}-${n}.cpuprofile`, JSON.stringify(profile));
      }
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((done) => server.httpServer.close(done));
  }
  return rows;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('scripts/bench-workshop-browser.ts')) {
  const dist = process.argv[2] ?? 'dist';
  const counts = (process.argv[3] ?? '300,2000').split(',').map(Number);
  benchWorkshopBrowser(resolve(dist), counts).then((rows) => {
    for (const r of rows)
      console.log(
        `${r.files} files dropped: figures in ${Math.round(r.toFiguresMs)} ms, longest frame gap ${Math.round(r.longestGapMs)} ms`,
      );
  });
}
