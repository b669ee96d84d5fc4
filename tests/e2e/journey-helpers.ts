import type { Page } from '@playwright/test';
import { expect } from './guard';

/** What has focus, for keyboard-only tests: its tag, id, name and accessible text. */
export async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: (el as HTMLInputElement | null)?.checked ?? false,
    };
  });
}

/** Press Tab until the focused element matches; fails rather than loop for ever. */
export async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  label: string,
  max = 80,
) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if (matches(await focused(page))) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

export const tabToText = (page: Page, text: string) =>
  tabTo(page, (f) => f.text === text, `"${text}"`);
export const tabToId = (page: Page, id: string) => tabTo(page, (f) => f.id === id, `#${id}`);

/** Make an assessment through the form, with the mouse allowed (for tests about other things). */
export async function createAssessment(
  page: Page,
  organisation = 'Westshire County Council',
): Promise<string> {
  await page.goto('./#/new');
  await page.getByLabel('Council being assessed').fill(organisation);
  await page.getByLabel('County council').check();
  await page.getByLabel('Council officer').check();
  await page.getByLabel('Day').fill('20');
  await page.getByLabel('Month').fill('11');
  await page.getByLabel('Year').fill('2026');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/tasks$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessment' })).toBeVisible();
  return /#\/a\/([^/]+)\/tasks/.exec(page.url())![1]!;
}

/** The radio group of the n-th question on a theme page. */
export const questionGroup = (page: Page, n: number) =>
  page.locator('section.app-question').nth(n).getByRole('group').first();
