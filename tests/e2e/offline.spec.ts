import fs from 'node:fs';
import { expect, test } from './guard';

// Issue 7: after one visit the app works with no network at all: the service worker serves the
// app, the question bank, the example file and every lazy chunk (charts, PDF) from its cache.

test('after one visit, the app works offline: a journey, results and a PDF', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  // The layout's UpdateNotice registers the service worker after the page has loaded.
  await expect
    .poll(
      () => page.evaluate(async () => Boolean(await navigator.serviceWorker?.getRegistration())),
      {
        message:
          'a service worker is registered (src/components/update-notice.tsx rendered by the layout)',
        timeout: 20_000,
      },
    )
    .toBe(true);
  // The first service worker takes control as soon as it has cached every file (clientsClaim).
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller?.state === 'activated',
    null,
    { timeout: 60_000 },
  );

  // From here on, any request that reaches the network (rather than the service worker's cache)
  // is recorded and refused; the last route registered is the first to see a request.
  const reachedNetwork: string[] = [];
  await context.route('**/*', (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await context.setOffline(true);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();

  // A journey: open the example (a file fetched from the cache), then answer a question.
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await expect(page).toHaveURL(/#\/a\/[^/]+\//);
  const id = /#\/a\/([^/]+)\//.exec(page.url())![1]!;

  await page.goto(`./#/a/${id}/theme/capacity`);
  // The example's questions are answered, so they open folded: open the first to change it.
  await page.getByRole('button', { name: 'Change the answer to question 1', exact: true }).click();
  const firstQuestion = page.locator('main fieldset').first();
  await expect(firstQuestion).toBeVisible();
  await firstQuestion.getByRole('radio').nth(3).check();
  await expect(firstQuestion.getByRole('radio').nth(3)).toBeChecked();

  // Results (charts are a lazy chunk).
  await page.goto(`./#/a/${id}/results`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/results/i);
  // Charts are drawn when their figure scrolls near the viewport.
  const figure = page.locator('main figure').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('svg').first()).toBeVisible({ timeout: 15_000 });

  // The report and its PDF (jsPDF is a lazy chunk).
  await page.goto(`./#/a/${id}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: /download.*pdf/i })
      .first()
      .click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(reachedNetwork, 'requests not served by the service worker').toEqual([]);
});
