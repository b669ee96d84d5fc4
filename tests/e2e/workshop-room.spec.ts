import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { expect, expectNoAxeViolations, test } from './guard';
import { bank, network, previousBenchmark, secrets, workshopWith30 } from './workshop-helpers';

const SHOTS = process.env.SHOTS_DIR ?? null;

const json = (name: string, text: string) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(text),
});

/** The page's width, and the elements that reach past the window where the page itself would scroll. */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.right <= width + 1 || r.width === 0) return false;
        // Inside a box that scrolls (or clips) on its own, reaching past the window is the point. An
        // absolutely placed element (visually hidden text) is held only by boxes from its
        // containing block up: below that, it escapes them and widens the page.
        let from = el.parentElement;
        if (getComputedStyle(el).position === 'absolute')
          while (from && from !== document.body && getComputedStyle(from).position === 'static')
            from = from.parentElement;
        for (let p = from; p && p !== document.body; p = p.parentElement) {
          const o = getComputedStyle(p).overflowX;
          if (o === 'auto' || o === 'scroll' || o === 'hidden') return false;
        }
        return true;
      })
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  });

test('a previous workshop’s benchmark file: a bad file changes nothing, a good one shows the change per theme until it is removed', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await workshopWith30(page, 'Spring workshop');
  const field = page.getByLabel('Add the previous workshop’s benchmark file');
  const summary = page.locator('.govuk-error-summary');

  // A benchmark from a newer version of the tool: refused, named by place only (names are off).
  const newer = JSON.stringify({ ...JSON.parse(previousBenchmark()), formatVersion: 99 });
  await field.setInputFiles(json('saltmere-borough-council-benchmark.json', newer));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('The benchmark file could not be used');
  await expect(summary).toContainText('The file: made by a newer version of the tool');
  await expect(page.locator('main')).not.toContainText('saltmere');
  await expect(page.getByTestId('change-table')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Error: /);
  await expectNoAxeViolations(page, 'workshop page with a refused benchmark file');

  // The right file: the network's movement, theme by theme.
  await field.setInputFiles(json('autumn-benchmark.json', previousBenchmark()));
  const table = page.getByTestId('change-table');
  await expect(table.locator('tbody tr')).toHaveCount(bank().themes.length);
  await expect(summary).toHaveCount(0);
  await expect(page.getByTestId('change-basis')).toContainText(
    'Autumn workshop (20 September 2010): 24 responses from 8 organisations, each council counted once',
  );
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^\d+$/);
    expect(cells[1]).toMatch(/^\d+$/);
    // The change is the difference of the medians as shown.
    const shown = Number(cells[1]) - Number(cells[0]);
    expect(cells[2]).toBe(shown === 0 ? 'No change' : `${shown > 0 ? '+' : '−'}${Math.abs(shown)}`);
  }
  await expectNoAxeViolations(page, 'workshop page with the change since the last workshop');
  if (SHOTS) await table.screenshot({ path: join(SHOTS, 'change-table.png') });

  // A wrong file afterwards is refused, and the figures already added stay.
  const assessment = network()[0]!;
  await page
    .getByLabel('Use a different benchmark file')
    .setInputFiles(json('response.json', serialiseAssessment(assessment)));
  await expect(summary).toContainText('The file: is an assessment file, not a network benchmark');
  await expect(table.locator('tbody tr')).toHaveCount(bank().themes.length);

  // Kept with the workshop on this device.
  await page.reload();
  await expect(page.getByTestId('change-table').locator('tbody tr')).toHaveCount(
    bank().themes.length,
  );
  const html = await page.content();
  for (const secret of secrets()) expect(html).not.toContain(secret);

  // Removed on request, after a confirmation; and gone after a reload too.
  await page.getByRole('button', { name: 'Remove the previous workshop’s figures' }).click();
  await page.getByRole('button', { name: 'Yes, remove the previous workshop’s figures' }).click();
  await expect(page.getByTestId('change-table')).toHaveCount(0);
  await expect(page.getByLabel('Add the previous workshop’s benchmark file')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Spring workshop' })).toBeVisible();
  await expect(page.getByLabel('Add the previous workshop’s benchmark file')).toBeVisible();
  await expect(page.getByTestId('change-table')).toHaveCount(0);
});

test('on a 375 px phone neither the workshop page nor the projector view is wider than the screen', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await workshopWith30(page, 'Phone workshop');
  await page
    .getByLabel('Add the previous workshop’s benchmark file')
    .setInputFiles(json('autumn-benchmark.json', previousBenchmark()));
  await expect(page.getByTestId('change-table')).toBeVisible();
  await page.setViewportSize({ width: 375, height: 740 });
  // Every section open, so that every table is measured.
  for (const summary of await page.locator('main details summary').all()) await summary.click();
  await expect(page.getByTestId('heat-map')).toBeVisible();
  const onPage = await overflow(page);
  console.log(`workshop page at 375 px: ${onPage.scrollWidth} px wide; ${onPage.wide.join(', ')}`);
  expect(onPage.wide).toEqual([]);
  expect(onPage.scrollWidth).toBeLessThanOrEqual(375);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'workshop-375.png'), fullPage: true });

  await page.getByRole('button', { name: 'Present on a projector' }).click();
  const count = Number(
    /of (\d+)/.exec((await page.locator('.app-projector__count').textContent()) ?? '')?.[1],
  );
  for (let i = 1; i <= count; i += 1) {
    const inView = await overflow(page);
    expect(inView.scrollWidth, `projector screen ${i} at 375 px`).toBeLessThanOrEqual(375);
    expect(inView.wide, `projector screen ${i} at 375 px`).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
});
