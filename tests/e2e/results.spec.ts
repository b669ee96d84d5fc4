import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';

const EXAMPLE = 'public/examples/example-council.json';

type CliSummary = {
  themes: Record<
    string,
    { score: number | null; band: string | null; coverage: number; provisional: boolean }
  >;
  overall: number | null;
  criticalGaps: string[];
  evidenceGaps: string[];
};

/** The command line's figures for the same file, the reference the page must agree with. */
function cliScore(file: string): CliSummary {
  const out = execFileSync('npm', ['run', '--silent', 'cli', '--', 'score', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return JSON.parse(out) as CliSummary;
}

async function openExampleResults(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/results$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  return /#\/a\/([^/]+)\/results/.exec(page.url())![1]!;
}

const shown = (score: number | null) => (score === null ? 'No score' : String(Math.round(score)));

test('the results page shows the same figures as `cli score` for the example assessment', async ({
  page,
}) => {
  const expected = cliScore(EXAMPLE);
  await openExampleResults(page);

  const table = page.getByTestId('theme-scores');
  const themeIds = Object.keys(expected.themes);
  expect(themeIds.length).toBe(5);
  await expect(table.locator('tbody tr')).toHaveCount(themeIds.length);
  for (const [themeId, t] of Object.entries(expected.themes)) {
    const row = table.locator(`tr[data-theme="${themeId}"]`);
    await expect(row.locator('[data-field=score]')).toHaveText(shown(t.score));
    await expect(row.locator('[data-field=band]')).toContainText(t.band ?? 'No band');
    await expect(row.locator('[data-field=coverage]')).toContainText(
      `${Math.round(t.coverage * 100)}%`,
    );
    await expect(row.locator('[data-field=band]').getByText('Provisional')).toHaveCount(
      t.provisional ? 1 : 0,
    );
  }
  await expect(page.getByTestId('overall')).toContainText(`${shown(expected.overall)} out of 100`);

  const hrefs = async (testId: string) =>
    page
      .getByTestId(testId)
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const ids = (list: string[]) => list.map((h) => h.split('/').at(-1));
  expect(ids(await hrefs('critical-gaps'))).toEqual(expected.criticalGaps);
  expect(ids(await hrefs('evidence-gaps'))).toEqual(expected.evidenceGaps);
  await expect(
    page.getByRole('heading', { name: `Critical gaps (${expected.criticalGaps.length})` }),
  ).toBeVisible();
});

test('the results page has both charts with their data tables, the heat table, and no axe violations', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await openExampleResults(page);
  const radar = page.getByRole('figure', { name: 'Theme scores against targets (radar chart)' });
  const bars = page.getByRole('figure', { name: 'Theme scores (bar chart)' });
  // The charts are plain SVG, drawn at once (no chart library to wait for).
  await expect(radar.locator('svg.app-chart-svg path.app-chart-current')).toHaveCount(1);
  await expect(bars.locator('svg.app-chart-svg path.app-chart-current')).toHaveCount(5);
  await expect(
    radar.getByRole('img', {
      name: /^Radar chart of theme scores against targets, out of 100\. Accountability: \d+/,
    }),
  ).toBeVisible();
  await radar.getByText('Show the chart as a table').click();
  await expect(radar.getByRole('table')).toBeVisible();
  await expect(radar.getByRole('table').locator('tbody tr')).toHaveCount(5);

  const heat = page.getByRole('table', { name: 'Every question’s level, by theme' });
  await expect(heat.locator('tbody tr')).toHaveCount(5);
  // Each cell carries its level as text, not only as a colour.
  const firstCell = heat.locator('tbody td').first();
  await expect(firstCell).toHaveText(/^(\d\s*\S|\?|N\/A|–)/);

  await expect(page.getByRole('link', { name: 'How scoring works' }).first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Make a report' })).toBeVisible();
  await expectNoAxeViolations(page, 'results page');
});

test('charts are drawn complete at once, without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openExampleResults(page);
  const shape = page.getByRole('figure', { name: /radar chart/ }).locator('path.app-chart-current');
  const first = await shape.getAttribute('d');
  await page.waitForTimeout(600);
  expect(await shape.getAttribute('d')).toBe(first);
});

test('hiding the overall score is saved with the assessment', async ({ page }) => {
  await openExampleResults(page);
  await expect(page.getByTestId('overall')).toBeVisible();
  await page.getByLabel('Hide the overall score').check();
  await expect(page.getByTestId('overall')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect(page.getByLabel('Hide the overall score')).toBeChecked();
  await expect(page.getByTestId('overall')).toHaveCount(0);
});

test('the results page prints on A4 without the site navigation or controls', async ({ page }) => {
  await openExampleResults(page);
  await page.emulateMedia({ media: 'print' });
  // Printed from the top, without scrolling: both charts are drawn.
  await expect(page.locator('svg.app-chart-svg')).toHaveCount(2);
  for (const svg of await page.locator('svg.app-chart-svg').all()) {
    await expect(svg).toBeVisible();
    expect(await svg.locator('path').count()).toBeGreaterThan(2);
  }
  await expect(page.locator('header').first()).toBeHidden();
  await expect(page.getByLabel('Hide the overall score')).toBeHidden();
  await expect(
    page
      .getByRole('heading', { name: 'Every question’s level, by theme' })
      .or(page.getByText('Every question’s level, by theme')),
  ).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});

test('the scoring page explains the method and has no axe violations', async ({ page }) => {
  await openExampleResults(page);
  await page.getByRole('link', { name: 'How scoring works' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'How scoring works' })).toBeVisible();
  await expect(page).toHaveTitle(/^How scoring works – /);
  for (const heading of [
    'A theme’s score',
    'Coverage and provisional scores',
    'Bands',
    'The overall score',
    'Critical gaps and evidence gaps',
    'Targets',
    'Priorities and the draft plan',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('table', { name: 'Score bands' }).locator('tbody tr')).toHaveCount(5);
  await expectNoAxeViolations(page, 'scoring page');
});

test('a re-assessment shows progress since last time, per theme and per question', async ({
  page,
}) => {
  await openExampleResults(page);
  await page.goto('./#/assessments');
  await page
    .getByRole('button', { name: /^Duplicate as a re-assessment of .*Northmoor Borough Council/ })
    .click();
  await page.waitForURL(/#\/a\/[^/]+\/tasks$/);
  const id = /#\/a\/([^/]+)\/tasks/.exec(page.url())![1]!;

  // Capacity's funding-exposure question is at level 0 in the example; raise it to 3.
  await page.goto(`./#/a/${id}/theme/capacity/capacity.funding-exposure`);
  const question = page.locator('#q-capacity-funding-exposure');
  await question.getByRole('radio', { name: '3 – Established' }).check();
  await expect(question.getByRole('radio', { name: '3 – Established' })).toBeChecked();

  await page.goto(`./#/a/${id}/results`);
  const progress = page.getByRole('region', { name: 'Progress since last time' });
  await expect(progress).toBeVisible();
  const themes = progress.getByRole('table', { name: 'Theme scores then and now' });
  const capacity = themes.getByRole('row', { name: /^Capacity/ });
  await expect(capacity.getByRole('cell').nth(2)).toHaveText(/^\+\d+$/);
  // Every other theme is unchanged.
  await expect(themes.getByRole('row').filter({ hasText: 'No change' })).toHaveCount(4);

  await progress.getByText('Change by question').click();
  const row = progress.getByRole('row').filter({
    has: page.getByRole('link', { name: /depend on council and other public funding/ }),
  });
  await expect(row.getByRole('cell')).toHaveText([
    /depend on council/,
    '0 Not started',
    '3 Established',
    '+3',
    'Yes',
  ]);
  await expectNoAxeViolations(page, 'results page with progress');
});

test('results and plan for an unknown assessment say so and link to the saved assessments', async ({
  page,
}) => {
  for (const where of ['results', 'plan']) {
    await page.goto(`./#/a/no-such-assessment/${where}`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Assessment not found' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'See your saved assessments' })).toHaveAttribute(
      'href',
      '#/assessments',
    );
  }
});
