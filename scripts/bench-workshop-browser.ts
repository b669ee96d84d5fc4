import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { serialiseAssessment } from '../src/domain/assessment-file';
import { readQuestionnaireText } from '../src/domain/questionnaire-file';
import { sampleAssessments } from '../src/domain/workshop-sample';
import { readFileSync, writeFileSync } from 'node:fs';

export type BrowserRow = {
  files: number;
  toFiguresMs: number;
  /** The longest gap between frames from the drop until a second after the figures. */
  longestGapMs: number;
  /** When that gap ended, from the drop: after toFiguresMs means it came with the save. */
  longestGapAtMs: number;
};

/**
 * Files dropped on a workshop page in Chromium, on the built app: the time from the drop to the
 * figures (the summary and the theme chart on screen), and the longest gap between two frames from
 * the drop until a second after the figures (so the save that follows them counts).
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
      // Timed inside the page, checked on every frame: waiting from Node polls every 500 ms at
      // best. The frame gaps are watched until a second after the figures, so the save that
      // follows them counts too.
      await page.evaluate(`(() => {
        const dt = new DataTransfer();
        for (const f of window.files) dt.items.add(f);
        const wanted = [${JSON.stringify(`${n.toLocaleString('en-GB')} responses`)}, ${JSON.stringify(`${n} responses`)}];
        const shown = () => {
          const summary = document.querySelector('[data-testid="workshop-summary"]');
          return (
            summary !== null &&
            wanted.some((w) => summary.textContent.includes(w)) &&
            document.querySelector('[data-testid="theme-box-chart"]') !== null
          );
        };
        window.gaps = [];
        window.figuresAt = null;
        window.done = false;
        const start = performance.now();
        let last = start;
        const tick = (t) => {
          window.gaps.push([t - last, t - start]);
          last = t;
          if (window.figuresAt === null && shown()) window.figuresAt = t - start;
          if (window.figuresAt !== null && t - start > window.figuresAt + 1000) window.done = true;
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        document
          .querySelector('[data-testid="workshop-files-drop-zone"]')
          .dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      })()`);
      // A string, not waitForFunction: the app's CSP forbids the eval that waitForFunction uses.
      await page.evaluate(
        'new Promise((ok) => { const wait = () => (window.done ? ok(true) : setTimeout(wait, 50)); wait(); })',
      );
      const { toFiguresMs, gaps } = (await page.evaluate(
        '({ toFiguresMs: window.figuresAt, gaps: window.gaps })',
      )) as { toFiguresMs: number; gaps: [number, number][] };
      const [longestGapMs, longestGapAtMs] = gaps.reduce((a, b) => (b[0] > a[0] ? b : a), [0, 0]);
      rows.push({ files: n, toFiguresMs, longestGapMs, longestGapAtMs });
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
        `${r.files} files dropped: figures in ${Math.round(r.toFiguresMs)} ms, longest frame gap ${Math.round(r.longestGapMs)} ms (ending ${Math.round(r.longestGapAtMs)} ms after the drop)`,
      );
  });
}
