import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { expect, expectNoAxeViolations, test } from './guard';

// The officer's journey on a laptop and on a phone: the start page's ways in are in the first
// screen, no page scrolls sideways, results print with their charts, and no validation message
// is in zod's words. With SHOTS_DIR set, every page is also saved as a screenshot to look at.

const SHOTS = process.env.SHOTS_DIR ?? null;
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 375, height: 812 },
] as const;
const ZOD_WORDING =
  /Invalid (input|option|type|enum|value|string|number|discriminator)|expected one of|Too (small|big)|received (undefined|null|string|number)|expected (string|number|boolean|object|array)/i;

function bank() {
  const r = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('the built-in question bank is invalid');
  return r.value;
}

async function tryExample(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  return /#\/a\/([^/]+)\//.exec(page.url())![1]!;
}

/** A workshop with 30 respondents' files in it; returns its address. */
async function workshopWithData(page: Page): Promise<string> {
  await page.goto('./#/workshops');
  await page.getByLabel('Name of the workshop').fill('North West learning network');
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2011');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('North West learning network');
  const files = sampleAssessments(bank(), 30, { organisations: 10 }).map((a, i) => ({
    name: `respondent-${i}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseAssessment(a)),
  }));
  await page.getByLabel('Add assessment files').setInputFiles(files);
  await expect(page.getByTestId('workshop-summary')).toContainText('30 responses');
  return new URL(page.url()).hash;
}

/** Whether the main ways in end inside the first screen. */
async function inFirstScreen(page: Page, names: (string | RegExp)[]) {
  const height = page.viewportSize()!.height;
  for (const name of names) {
    const box = await page
      .getByRole('main')
      .getByRole(typeof name === 'string' && name.startsWith('Import') ? 'link' : 'button', {
        name,
      })
      .first()
      .boundingBox();
    expect(box, `${String(name)} is on the page`).not.toBeNull();
    expect(box!.y + box!.height, `${String(name)} ends in the first screen`).toBeLessThanOrEqual(
      height,
    );
  }
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });

    test('the start page has its main actions in the first screen', async ({ page }) => {
      await page.goto('./');
      await inFirstScreen(page, [
        'Start a new assessment',
        'Try the example assessment',
        'Import an assessment file',
      ]);
      await tryExample(page);
      // Back to the start page within the app (a reload could race the example's first save).
      await page.evaluate(() => {
        location.hash = '#/';
      });
      const continueLink = page.locator('.app-recent-list a').first();
      await expect(continueLink).toBeVisible();
      const box = await continueLink.boundingBox();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      await inFirstScreen(page, ['Start a new assessment', 'Try the example assessment']);
    });

    test('no page scrolls sideways, and every page is seen', async ({ page }) => {
      test.setTimeout(240_000);
      const id = await tryExample(page);
      const workshop = await workshopWithData(page);
      const pages: [string, string][] = [
        ['start', '#/'],
        ['new-assessment', '#/new'],
        ['saved-assessments', '#/assessments'],
        ['import', '#/import'],
        ['scoring', '#/scoring'],
        ['accessibility', '#/accessibility'],
        ['privacy', '#/privacy'],
        ['about', `#/a/${id}/about`],
        ['tasks', `#/a/${id}/tasks`],
        ['theme', `#/a/${id}/theme/accountability`],
        ['theme-question', `#/a/${id}/theme/capacity/capacity.funding-exposure`],
        ['check', `#/a/${id}/check`],
        ['results', `#/a/${id}/results`],
        ['plan', `#/a/${id}/plan`],
        ['report', `#/a/${id}/report`],
        ['export', `#/a/${id}/export`],
        ['workshops', '#/workshops'],
        ['workshop', workshop],
        ['not-found', '#/no-such-page'],
      ];
      for (const [name, hash] of pages) {
        await page.goto(`./${hash}`);
        await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `${name} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
        if (SHOTS)
          await page.screenshot({
            path: join(SHOTS, `${name}-${viewport.width}.png`),
            fullPage: true,
          });
      }
    });
  });
}

test('on a phone the navigation folds into a menu that opens and closes', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto('./');
  const menu = page.getByRole('button', { name: 'Menu' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('link', { name: 'Workshops' })).toBeHidden();
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('link', { name: 'Workshops' })).toBeVisible();
  await expectNoAxeViolations(page, 'start page with the menu open');
  await page.getByRole('link', { name: 'Workshops' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workshops' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(menu).toBeHidden();
  await expect(page.getByRole('link', { name: 'Workshops' })).toBeVisible();
});

test('on first load the skip link is the first thing the Tab key reaches', async ({ page }) => {
  await tryExample(page);
  for (const hash of ['#/', `#/assessments`, new URL(page.url()).hash]) {
    await page.goto(`./${hash}`);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  }
});

test('printing the results page from the top shows the drawn charts', async ({ page }) => {
  await tryExample(page);
  await page.emulateMedia({ media: 'print' });
  const charts = page.locator('figure svg.app-chart-svg');
  await expect(charts).toHaveCount(2);
  for (const chart of await charts.all()) {
    await expect(chart).toBeVisible();
    expect(await chart.locator('path').count()).toBeGreaterThan(2);
    expect((await chart.boundingBox())!.height).toBeGreaterThan(150);
  }
});

test('an answered theme folds to a few screens, and its folded state has no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const id = await tryExample(page);
  await page.goto(`./#/a/${id}/theme/accountability`);
  await expect(page.locator('section.app-question--folded').first()).toBeVisible();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(720 * 6);
  await expectNoAxeViolations(page, 'theme page with answered questions folded');
});

test('no validation message is in zod’s words, walking every form by keyboard', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const messages: string[] = [];
  const collect = async () => {
    for (const text of await page
      .locator('.govuk-error-message, .govuk-error-summary')
      .allInnerTexts())
      messages.push(text);
  };

  // About the assessment: submitted empty with the keyboard.
  await page.goto('./#/new');
  await page.getByRole('button', { name: 'Save and continue' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await collect();

  // Plan: "Add an action", then Tab through every field (the priority radios without choosing).
  const id = await tryExample(page);
  await page.goto(`./#/a/${id}/plan`);
  await page.getByRole('button', { name: 'Add an action' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add an action' })).toBeVisible();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
    if (text.trim() === 'Save action') break;
  }
  await collect();
  await page.getByRole('button', { name: 'Save action' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await collect();

  // Workshops: the create form, empty.
  await page.goto('./#/workshops');
  await page.getByRole('button', { name: 'Create workshop' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.govuk-error-summary')).toBeVisible();
  await collect();

  // Saved assessments: a name that is too long.
  await page.goto('./#/assessments');
  await page
    .getByRole('button', { name: /^Rename/ })
    .first()
    .click();
  await page.getByLabel('Name of this assessment').fill('x'.repeat(121));
  await page.keyboard.press('Enter');
  await expect(page.getByText('The name must be 120 characters or fewer')).toBeVisible();
  await collect();

  expect(messages.length).toBeGreaterThan(3);
  for (const m of messages) expect(m).not.toMatch(ZOD_WORDING);
});
