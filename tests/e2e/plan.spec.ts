import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';

async function openExamplePlan(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  await page.getByRole('link', { name: 'Set targets and make the action plan' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Targets and action plan' }),
  ).toBeVisible();
  return /#\/a\/([^/]+)\/plan/.exec(page.url())![1]!;
}

const cards = (page: Page) => page.getByTestId('plan-list').locator(':scope > li');
const cardTitle = (page: Page, n: number) => cards(page).nth(n).getByRole('heading', { level: 3 });
/** A card's heading without its number, which changes as actions move. */
const textOf = async (page: Page, n: number) =>
  (await cardTitle(page, n).innerText()).replace(/^\d+\.\s*/, '');

/** Press Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, accessibleName: RegExp, max = 120): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el
        ? (el.getAttribute('aria-label') ?? el.innerText ?? '').replace(/\s+/g, ' ').trim()
        : '';
    });
    if (accessibleName.test(name)) return;
  }
  throw new Error(`Tab never reached ${accessibleName}`);
}

/** Press Tab until the element has focus. */
async function tabUntil(page: Page, target: ReturnType<Page['locator']>, max = 40): Promise<void> {
  for (let i = 0; i < max; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

test('a changed target and a changed action are kept after a reload', async ({ page }) => {
  const id = await openExamplePlan(page);
  const capacity = page.getByLabel('Capacity', { exact: true });
  await capacity.selectOption('4');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await expect(page.getByText('Targets saved.')).toBeVisible();

  const firstText = await textOf(page, 0);
  await page.getByRole('button', { name: 'Change action 1', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change action' })).toBeFocused();
  await page.getByLabel('Owner').fill('Director of Communities (e2e)');
  await page.getByLabel('Success measure (optional)').fill('Checked by the e2e test');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('alert')).toContainText('Action saved.');

  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Targets and action plan' }),
  ).toBeVisible();
  await expect(page.getByLabel('Capacity', { exact: true })).toHaveValue('4');
  await expect(cardTitle(page, 0)).toHaveText(`1. ${firstText}`);
  await expect(cards(page).first()).toContainText('Director of Communities (e2e)');
  await expect(cards(page).first()).toContainText('Checked by the e2e test');

  await page.goto(`./#/a/${id}/results`);
  await expect(
    page.getByTestId('theme-scores').locator('tr[data-theme="capacity"] [data-field=target]'),
  ).toHaveText('Leading (80 or more)');
});

test('the plan page and its error state have no axe violations, and errors follow the GOV.UK pattern', async ({
  page,
}) => {
  await openExamplePlan(page);
  await expectNoAxeViolations(page, 'plan page');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page).toHaveTitle(/^Add an action – /);
  await page.getByLabel('High').check();
  await page.getByRole('button', { name: 'Save action' }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page).toHaveTitle(/^Error: Add an action – /);
  // No theme is chosen for the user: "Add an action" starts with none selected.
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a description of the action',
    'Select the theme the action serves',
    'Enter an owner: a high-priority action needs someone responsible for it',
  ]);
  await expectNoAxeViolations(page, 'plan form with errors');
  await summary.getByRole('link', { name: /Enter an owner/ }).click();
  await expect(page.getByLabel('Owner')).toBeFocused();
  expect(page.url()).toMatch(/\/plan$/);
});

test('a due date in the past is saved with a warning, and the action shows as overdue', async ({
  page,
}) => {
  await openExamplePlan(page);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Action', { exact: true }).fill('Review last year’s grants');
  await page.getByLabel('Theme', { exact: true }).selectOption({ label: 'Capacity' });
  await page.getByLabel('Low').check();
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('2020');
  await expect(page.getByText('This date is in the past.')).toBeVisible();
  await page.getByRole('button', { name: 'Save action' }).click();
  const last = cards(page).last();
  await expect(last).toContainText('Review last year’s grants');
  await expect(last).toContainText('1 February 2020');
  await expect(last.getByText('Overdue')).toBeVisible();
});

test('the plan can be reordered and edited with the keyboard alone', async ({ page }) => {
  await openExamplePlan(page);
  const first = await textOf(page, 0);
  const second = await textOf(page, 1);

  await tabTo(page, /^Move down action 1$/);
  await page.keyboard.press('Enter');
  await expect(cardTitle(page, 0)).toHaveText(`1. ${second}`);
  await expect(cardTitle(page, 1)).toHaveText(`2. ${first}`);
  await expect(page.getByRole('button', { name: 'Move down action 2', exact: true })).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Move up action 2', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cardTitle(page, 0)).toHaveText(`1. ${first}`);
  // Back at the top there is no "Move up", so focus stays on the action with its "Move down".
  await expect(page.getByRole('button', { name: 'Move down action 1', exact: true })).toBeFocused();

  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: 'Change action 1', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Change action' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Action', { exact: true })).toBeFocused();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Rewritten by keyboard');
  await tabUntil(page, page.getByLabel('Owner'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Keyboard owner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(cardTitle(page, 0)).toHaveText(/Rewritten by keyboard/);
  await expect(cards(page).first()).toContainText('Keyboard owner');

  await tabTo(page, /^Remove action 1$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Action removed: Rewritten by keyboard');
  await expect(page.getByRole('alert')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cardTitle(page, 0)).toHaveText(/Rewritten by keyboard/);
});

test('updating the plan from the priorities keeps the user’s changes and asks before removing anything', async ({
  page,
}) => {
  await openExamplePlan(page);
  const original = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();
  await page.getByRole('button', { name: 'Update the plan from your priorities' }).click();
  await expect(page.getByRole('alert')).toContainText(
    /Plan updated from your priorities: \d+ suggested actions added at the end; your own actions and changes kept/,
  );
  const updated = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();
  expect(updated.length).toBeGreaterThan(original.length);
  expect(updated.slice(0, original.length)).toEqual(original);

  // A lower target takes some untouched suggestions out of the draft: updating the plan must ask first.
  await page.getByLabel('Capacity', { exact: true }).selectOption('0');
  await page.getByRole('button', { name: 'Save targets' }).click();
  await page.getByRole('button', { name: 'Update the plan from your priorities' }).click();
  const confirm = page.getByRole('region', { name: 'Remove suggestions that no longer apply?' });
  await expect(confirm).toBeFocused();
  const stale = await confirm.getByRole('listitem').count();
  expect(stale).toBeGreaterThan(0);
  await confirm.getByRole('button', { name: /^Keep/ }).click();
  await expect(cards(page)).toHaveCount(updated.length);

  await page.getByRole('button', { name: 'Update the plan from your priorities' }).click();
  await confirm.getByRole('button', { name: /^Remove/ }).click();
  await expect(cards(page)).toHaveCount(updated.length - stale);
  // The example's own and edited actions are never offered for removal.
  const kept = await cards(page).getByRole('heading', { level: 3 }).allInnerTexts();
  expect(kept.slice(0, original.length)).toEqual(original);
});

test('a new assessment’s plan starts as the draft, which is saved with the first change', async ({
  page,
}) => {
  await page.goto('./#/new');
  await page.locator('#organisation').fill('Testford District Council');
  await page.getByLabel('District council').check();
  await page.getByLabel('Council officer').check();
  await page.locator('#date-day').fill('1');
  await page.locator('#date-month').fill('10');
  await page.locator('#date-year').fill('2026');
  await page.getByLabel('No marking').check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/tasks$/);
  const id = /#\/a\/([^/]+)\/tasks/.exec(page.url())![1]!;

  await page.goto(`./#/a/${id}/theme/accountability`);
  const questions = page.locator('.app-question');
  await questions.nth(0).getByRole('radio', { name: '0 – Not started' }).check();
  await questions.nth(1).getByRole('radio', { name: '0 – Not started' }).check();
  await expect(questions.nth(1).getByRole('radio', { name: '0 – Not started' })).toBeChecked();

  await page.goto(`./#/a/${id}/plan`);
  await expect(page.getByText(/This is a draft, built from your priorities/)).toBeVisible();
  const count = await cards(page).count();
  expect(count).toBeGreaterThan(1);
  await expectNoAxeViolations(page, 'plan page showing the draft');

  const second = await textOf(page, 1);
  await page.getByRole('button', { name: 'Move up action 2', exact: true }).click();
  await expect(page.getByText(/This is a draft/)).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Targets and action plan' }),
  ).toBeVisible();
  await expect(cardTitle(page, 0)).toHaveText(`1. ${second}`);
  await expect(cards(page)).toHaveCount(count);
  await expect(
    page.getByRole('button', { name: 'Update the plan from your priorities' }),
  ).toBeVisible();
});
