import type { Page, Route } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';

// The start page is prerendered into index.html (scripts/prerender-start.ts), so it is painted
// before any script runs; React then replaces it with its own render.

/** Hold the entry script until `release` is called, so the page stays as the HTML drew it. */
async function holdEntryScript(page: Page) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: Promise<void>[] = [];
  await page.route(/\/assets\/index-[^/]+\.js$/, (route: Route) => {
    held.push(released.then(() => route.continue()));
  });
  return {
    release: async () => {
      release();
      await Promise.all(held);
    },
  };
}

/** Open an address while the entry script is held: wait for the HTML and its stylesheet only. */
async function openBeforeScripts(page: Page, address: string) {
  await page.goto(address, { waitUntil: 'commit' });
  await page.locator('#root footer').waitFor({ state: 'attached' });
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.includes('/assets/')),
  );
}

/** The markup of the app, without the comments that mark text and Suspense for hydration. */
const rootHtml = (page: Page) =>
  page.locator('#root').evaluate((root) => root.innerHTML.replace(/<!--[^>]*-->/g, ''));

test('the start page in the HTML is the one the app draws, before any script has run', async ({
  browser,
}) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto('./');
  await expect(
    plain.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Try the example assessment' })).toBeVisible();
  // Its buttons need the scripts, so a browser without them is told so, above the page. (A
  // context with scripts off still parses <noscript> as text, so its words are read, not seen.)
  expect(await plain.locator('noscript').textContent()).toMatch(
    /needs JavaScript\. Turn JavaScript on and\s+reload this page/,
  );
  const prerendered = await rootHtml(plain);
  await noScript.close();

  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  // React has hydrated the page once the page title is set.
  await expect(page).toHaveTitle(/^Assess how ready your council/);
  expect(await rootHtml(page), 'the same markup, so nothing moves or changes').toBe(prerendered);
  await context.close();
});

test('the prerendered start page is accessible before the scripts run', async ({ page }) => {
  const entry = await holdEntryScript(page);
  await openBeforeScripts(page, './');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  await expectNoAxeViolations(page, 'prerendered start page');
  await entry.release();
});

test('another address never shows the prerendered start page, even before the scripts run', async ({
  page,
}) => {
  const entry = await holdEntryScript(page);
  await openBeforeScripts(page, './#/assessments');
  await expect(page.locator('#root')).toBeHidden();
  await entry.release();
  await expect(page.getByRole('heading', { level: 1, name: 'Saved assessments' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What you will do' })).toHaveCount(0);
});

test('a click on the prerendered page before the app is ready is not lost', async ({ page }) => {
  const entry = await holdEntryScript(page);
  // The bank is slow too, so the app's first render comes well after the click.
  let releaseBank = () => {};
  const bankHeld = new Promise<void>((resolve) => (releaseBank = resolve));
  await page.route(/\/assets\/[^/]+\.json$/, async (route) => {
    await bankHeld;
    await route.continue();
  });
  await openBeforeScripts(page, './');
  // The entry script has run once it asks for the start page's own chunk.
  const entryRan = page.waitForRequest(/\/assets\/start-page-[^/]+\.js$/);
  await entry.release();
  await entryRan;
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  releaseBank();
  await expect(page).toHaveURL(/#\/a\/[^/]+\/results$/);
});
