import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectNoAxeViolations, test } from './guard';
import {
  createAssessment,
  focused,
  questionGroup,
  tabTo,
  tabToId,
  tabToText,
} from './journey-helpers';

const BANK = JSON.parse(
  readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
) as { themes: { questions: unknown[] }[] };
const TOTAL_QUESTIONS = BANK.themes.reduce((n, t) => n + t.questions.length, 0);

const THEMES = [
  'Accountability',
  'Capacity',
  'Motivation and demand',
  'Centralism',
  'Localism and strategic planning',
];

test('a keyboard-only user completes every theme and checks the answers; a reload half way loses nothing', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('./');
  await tabToText(page, 'Start a new assessment');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About the assessment' })).toBeVisible();
  await expect.poll(async () => (await focused(page)).tag).toBe('h1');

  await tabToId(page, 'organisation');
  await page.keyboard.type('Keyboard Borough Council');
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('authorityType');
  for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  expect((await focused(page)).id).toBe('role');
  await page.keyboard.press('Space');
  for (const [part, value] of [
    ['date-day', '15'],
    ['date-month', '10'],
    ['date-year', '2026'],
  ] as const) {
    await tabToId(page, part);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(value);
  }
  await tabToText(page, 'Save and continue');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessment' })).toBeVisible();
  await expect(page.getByText('Metropolitan borough')).toBeVisible();
  await expect(page.getByText('15 October 2026')).toBeVisible();

  await tabToText(page, 'Accountability');
  await page.keyboard.press('Enter');

  const chosen: Record<string, string> = {};
  for (const [t, title] of THEMES.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect.poll(async () => (await focused(page)).text).toBe(title);
    const sections = page.locator('section.app-question');
    const count = await sections.count();
    for (let q = 0; q < count; q += 1) {
      const radioName = (await questionGroup(page, q)
        .locator('input[type=radio]')
        .first()
        .getAttribute('name'))!;
      await tabTo(page, (f) => f.name === radioName, `question ${q + 1} of ${title}`);
      // Tabbing into a group with nothing chosen lands on its first option; arrows choose.
      const choice = t === 0 && q === 1 ? 5 : t === 0 && q === 2 ? 6 : (q + t) % 5;
      if (choice === 0) await page.keyboard.press('Space');
      for (let k = 0; k < choice; k += 1) await page.keyboard.press('ArrowDown');
      if (choice === 6) {
        await page.keyboard.press('Tab');
        expect((await focused(page)).id).toMatch(/-reason$/);
        await page.keyboard.type('We fund no community delivery yet.');
      }
      if (t === 0 && q === 0) {
        await tabTo(page, (f) => f.id.endsWith('-notes'), 'the notes field');
        await page.keyboard.type('Discussed at scrutiny in September.');
      }
      chosen[radioName] = [
        'level-0',
        'level-1',
        'level-2',
        'level-3',
        'level-4',
        'dont-know',
        'not-applicable',
      ][choice]!;
    }
    await expect(page.locator('#theme-progress')).toHaveText(
      `${count} of ${count} questions answered`,
    );

    if (t === 1) {
      // Half way: the browser is closed and opened again.
      await page.waitForTimeout(400);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      // Every answer is there, each question folded to its answer with a way to change it.
      await expect(page.locator('section.app-question--folded')).toHaveCount(count);
      await expect(page.getByRole('button', { name: /^Change the answer/ })).toHaveCount(count);
      await expect(page.locator('#theme-progress')).toHaveText(
        `${count} of ${count} questions answered`,
      );
    }
    await tabTo(page, (f) => f.text.startsWith('Continue to'), 'the continue button');
    await page.keyboard.press('Enter');
  }

  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const total = Object.keys(chosen).length;
  expect(total).toBeGreaterThanOrEqual(40);
  await expect(page.getByText('You have answered every question.')).toBeVisible();
  await expect(page.locator('.govuk-summary-list__row')).toHaveCount(total);
  await expect(page.getByRole('link', { name: /^Change/ })).toHaveCount(total);
  await expect(page.getByText('Not answered')).toHaveCount(0);
  await expect(page.getByText('Notes: Discussed at scrutiny in September.')).toBeVisible();
  await expect(page.getByText('Not applicable: We fund no community delivery yet.')).toBeVisible();
  await expect(page.getByText('Don’t know', { exact: true })).toHaveCount(1);

  // A change link takes the keyboard user to that very question.
  await tabTo(
    page,
    (f) => f.text.startsWith('Change') && f.text.includes('Capacity question 2'),
    'the change link',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
  await expect.poll(async () => (await focused(page)).text).toMatch(/^Question 2 of \d+/);
});

test('browser back and forward move between pages', async ({ page }) => {
  const id = await createAssessment(page);
  await page.getByRole('link', { name: 'Capacity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/tasks$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessment' })).toBeVisible();
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1, name: 'Capacity' })).toBeVisible();
  await expect(page).toHaveTitle('Capacity: questions – Big Society Readiness');
});

test('every journey page, including error states, has no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page, 'start page');

  await page.goto('./#/new');
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page, 'about the assessment');
  await page.getByLabel('Day').fill('31');
  await page.getByLabel('Month').fill('2');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(
    page.getByRole('link', { name: 'Date of the assessment must be a real date' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(/^Error: About the assessment/);
  await expectNoAxeViolations(page, 'about the assessment with errors');

  const id = await createAssessment(page);
  await expectNoAxeViolations(page, 'task list (not started)');

  await page.goto(`./#/a/${id}/theme/accountability`);
  await expect(page.locator('h1')).toBeVisible();
  await questionGroup(page, 0).getByLabel('2 – Developing').check();
  await questionGroup(page, 1).getByLabel('Not applicable to this council').check();
  await page.getByLabel('Why does this not apply?').fill('No funded community delivery.');
  await page.locator('details summary').first().click();
  await expectNoAxeViolations(page, 'theme page with answers, a reason and guidance open');

  await page.goto(`./#/a/${id}/tasks`);
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.getByText('In progress')).toBeVisible();
  await expectNoAxeViolations(page, 'task list (in progress)');
  await page.goto(`./#/a/${id}/check`);
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page, 'check your answers');
  await page.goto(`./#/a/${id}/about`);
  await expect(page.locator('h1')).toBeVisible();
  await expectNoAxeViolations(page, 'change the details');

  await page.goto('./#/assessments');
  await expect(page.locator('h1')).toBeVisible();
  await page.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel('Name of this assessment').fill('x'.repeat(121));
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByText('The name must be 120 characters or fewer')).toBeVisible();
  await expectNoAxeViolations(page, 'saved assessments, rename with an error');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: /^Delete/ }).click();
  await expectNoAxeViolations(page, 'saved assessments, delete confirmation');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('button', { name: 'Undo: put it back' })).toBeVisible();
  await expectNoAxeViolations(page, 'saved assessments, after a delete');

  for (const [path, label] of [
    ['#/accessibility', 'accessibility statement'],
    ['#/privacy', 'privacy'],
    ['#/no-such-page', 'page not found'],
    ['#/a/missing/tasks', 'assessment not found'],
  ] as const) {
    await page.goto(`./${path}`);
    await expect(page.locator('h1')).toBeVisible();
    await expectNoAxeViolations(page, label);
  }
});

test('saved assessments: rename, duplicate as a re-assessment, export, delete and undo', async ({
  page,
}) => {
  const id = await createAssessment(page, 'Northfield District Council');
  await page.goto(`./#/a/${id}/theme/capacity`);
  await questionGroup(page, 0).getByLabel('3 – Established').check();
  await page.goto('./#/assessments');
  const card = page
    .locator('.govuk-summary-card')
    .filter({ hasText: 'Northfield District Council' });
  await expect(
    card.getByText(`1 of ${TOTAL_QUESTIONS} questions answered`, { exact: false }),
  ).toBeVisible();
  await expect(card.getByText('Never exported from this browser')).toBeVisible();

  await card.getByRole('button', { name: /^Rename/ }).click();
  await page.getByLabel('Name of this assessment').fill('Draft for CMT, March');
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(
    page.getByText(
      /^The assessment is now called Draft for CMT, March \(Northfield District Council, \d+ \w+ \d{4}\)\.$/,
    ),
  ).toBeVisible();

  // The name is the assessment's own; the organisation printed on the report is unchanged.
  const renamed = page.locator('.govuk-summary-card').filter({ hasText: 'Draft for CMT, March' });
  await expect(renamed.locator('h2')).toContainText('Draft for CMT, March');
  const downloadPromise = page.waitForEvent('download');
  await renamed.getByRole('button', { name: /^Export as a file/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(
    /^northfield-district-council-\d{4}-\d{2}-\d{2}\.json$/,
  );
  const text = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({
    format: 'readiness-assessment',
    id,
    name: 'Draft for CMT, March',
    about: { organisation: 'Northfield District Council' },
  });
  await expect(renamed.getByText('Never exported from this browser')).toHaveCount(0);

  await renamed.getByRole('button', { name: /^Duplicate as a re-assessment/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessment' })).toBeVisible();
  expect(page.url()).not.toContain(id);
  await expect(page.getByText('You have answered 1 of')).toBeVisible();
  await page.goto('./#/assessments');
  await expect(page.locator('.govuk-summary-card')).toHaveCount(2);
  await expect(page.getByText(/the assessment dated/)).toBeVisible();
  // The copy is named as a re-assessment, so the two are told apart at a glance.
  await expect(
    page.locator('.govuk-summary-card h2', { hasText: /^Re-assessment of Draft for CMT, March/ }),
  ).toBeVisible();

  const original = page
    .locator('.govuk-summary-card')
    .filter({ hasNot: page.locator('dt', { hasText: /^Re-assessment of$/ }) });
  await original.getByRole('button', { name: /^Delete/ }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.locator('.govuk-summary-card')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo: put it back' }).click();
  await expect(page.locator('.govuk-summary-card')).toHaveCount(2);
  await page.reload();
  await expect(page.locator('.govuk-summary-card')).toHaveCount(2);
});

test('trying the example stores a copy and opens its results', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  const first = page.url();
  await page.goto('./');
  const recent = page.locator('.app-recent-list li');
  await expect(recent).toHaveCount(1);
  await expect(recent).toContainText('Northmoor Borough Council');

  // Pressed again, it offers the saved copy instead of silently saving a second one.
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await expect(
    page.getByText('A copy of the example is already saved in this browser.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the saved copy' })).toBeFocused();
  await expectNoAxeViolations(page, 'start page, example already saved');
  await page.getByRole('button', { name: 'Open the saved copy' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  expect(page.url()).toBe(first);
  await page.goto('./');
  await expect(recent).toHaveCount(1);

  // A second copy only when asked for, and named so the two are told apart.
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await page.getByRole('button', { name: 'Save another copy' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  expect(page.url()).not.toBe(first);
  await page.goto('./');
  await expect(recent).toHaveCount(2);
  await expect(recent.first()).toContainText('(copy of');
});

test('closing the browser half way and opening it again finds every answer', async ({
  playwright,
}, testInfo) => {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const profile = await mkdtemp(join(tmpdir(), 'journey-profile-'));
  const use = testInfo.project.use;
  const launch = () =>
    playwright.chromium.launchPersistentContext(profile, {
      ...use.launchOptions,
      baseURL: use.baseURL,
      acceptDownloads: true,
    });
  // This test has its own browser, so it keeps its own watch for console errors and other hosts.
  const problems: string[] = [];
  const watch = async (context: Awaited<ReturnType<typeof launch>>) => {
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:')
        return route.continue();
      problems.push(`request to another host: ${url.href}`);
      return route.abort();
    });
    context.on('page', (p) => {
      p.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
      p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    });
  };
  try {
    const first = await launch();
    await watch(first);
    const page = await first.newPage();
    const id = await createAssessment(page, 'Closing Borough Council');
    await page.goto(`./#/a/${id}/theme/motivation`);
    await questionGroup(page, 0).getByLabel('1 – Emerging').check();
    await questionGroup(page, 1).getByLabel('Don’t know').check();
    const notes = page.locator('section.app-question').nth(1).getByLabel(/Notes/);
    await notes.fill('Ask the volunteer centre for figures');
    await notes.blur();
    await first.close();

    const second = await launch();
    await watch(second);
    const again = await second.newPage();
    await again.goto('./');
    await again.getByRole('link', { name: /Closing Borough Council/ }).click();
    await expect(again.getByText('You have answered 2 of')).toBeVisible();
    await again.getByRole('link', { name: 'Motivation and demand' }).click();
    const sections = again.locator('section.app-question');
    await expect(sections.nth(0)).toContainText('Your answer: 1 – Emerging');
    await expect(sections.nth(1)).toContainText('Your answer: Don’t know');
    await expect(sections.nth(1)).toContainText('With notes.');
    await sections
      .nth(1)
      .getByRole('button', { name: /^Change the answer/ })
      .click();
    await expect(questionGroup(again, 1).getByLabel('Don’t know')).toBeChecked();
    await expect(questionGroup(again, 1).getByLabel('Don’t know')).toBeFocused();
    await expect(again.locator('section.app-question').nth(1).getByLabel(/Notes/)).toHaveValue(
      'Ask the volunteer centre for figures',
    );
    await second.close();
    expect(problems).toEqual([]);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
