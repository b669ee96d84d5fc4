import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './guard';

// Issue 7: a new version is announced and waits for the user; it never swaps in silently in the
// middle of an assessment. A "new version" is made by adding a comment to the built service
// worker script on disk (the browser fetches it past any route), which is what a deployment
// looks like to the browser; the file is put back afterwards.
const swFile = path.resolve(process.env.PW_DIST ?? 'dist', 'sw.js');

test('a new version waits for the user, then "Update now" switches to it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
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
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller?.state === 'activated',
    null,
    {
      timeout: 60_000,
    },
  );
  const firstWorker = await page.evaluate(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.scriptURL,
  );

  const original = fs.readFileSync(swFile, 'utf8');
  try {
    fs.writeFileSync(swFile, `${original}\n// next version\n`);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
  } finally {
    fs.writeFileSync(swFile, original);
  }

  const notice = page.getByRole('status', { name: 'Update available' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('A new version of this tool is available.');
  // Nothing has changed under the user: the old worker still controls the page, the new one waits.
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      waiting: Boolean(registration?.waiting),
      controlling: navigator.serviceWorker.controller?.state,
    };
  });
  expect(state).toEqual({ waiting: true, controlling: 'activated' });

  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Update now' }).click(),
  ]);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  await expect(page.getByRole('status', { name: 'Update available' })).toHaveCount(0);
  const after = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return { waiting: Boolean(registration?.waiting), active: registration?.active?.scriptURL };
  });
  expect(after).toEqual({ waiting: false, active: firstWorker });
});
