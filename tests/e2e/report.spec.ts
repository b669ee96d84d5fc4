import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';

// Issue 5: the report page is the accessible version of the report; its buttons make the PDF and
// the Word file in the browser, loading jsPDF and docx only when asked.

const ORGANISATION = 'Northmoor Borough Council';
const example = JSON.parse(fs.readFileSync('public/examples/example-council.json', 'utf8')) as {
  about: { marking: string };
  plan: { owner: string }[];
};

async function openExampleReport(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await expect(page).toHaveURL(/#\/a\/[^/]+\//);
  const id = /#\/a\/([^/]+)\//.exec(page.url())?.[1] ?? '';
  await page.goto(`./#/a/${id}/report`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    `Readiness for community-led service delivery: ${ORGANISATION}`,
  );
  return id;
}

test('the start page loads neither jsPDF nor docx', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((u) => /pdf-kit|pdf-report|docx-report|jspdf|html2canvas/.test(u))).toEqual(
    [],
  );
});

test('the report page shows the cabinet paper, and the full record with the chart as a table too', async ({
  page,
}) => {
  const id = await openExampleReport(page);
  await expect(page).toHaveTitle(`Cabinet paper: ${ORGANISATION} – Big Society Readiness`);
  const main = page.locator('main');
  for (const name of [
    'Purpose',
    'Summary',
    'Recommendations',
    'Reasons for the recommendations',
    'Options considered',
    'Implications',
    'The action plan',
    'Contact officer',
    'Background papers',
  ])
    await expect(main.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  await expect(main.getByText(example.about.marking, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'report page, cabinet paper');
  fs.mkdirSync('/tmp/report-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/report-shots/cabinet-paper-page.png', fullPage: true });

  await main.getByRole('link', { name: 'Full record' }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/report/full$`));
  for (const name of [
    'Executive summary',
    'Action plan',
    'Appendix A: How the scores are worked out',
    'Appendix B: Sources',
  ]) {
    await expect(main.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(main.getByRole('heading', { name: 'Appendix A: Every answer' })).toHaveCount(0);
  await expect(main.getByRole('heading', { level: 2, name: /^Theme \d: / })).toHaveCount(5);
  await expect(
    main.getByRole('img', { name: /Radar chart of the current score against the target/ }),
  ).toBeVisible();
  await expect(
    main.getByRole('table', { name: /Theme scores out of 100 against targets/ }).getByRole('row'),
  ).toHaveCount(6);
  await expectNoAxeViolations(page, 'report page, full record');

  // The contents links move focus to the section without changing the route.
  const url = page.url();
  await main.getByRole('link', { name: 'Action plan', exact: true }).click();
  await expect(main.getByRole('heading', { level: 2, name: 'Action plan' })).toBeFocused();
  expect(page.url()).toBe(url);

  await page.screenshot({ path: '/tmp/report-shots/report-page.png', fullPage: false });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
  await expect(page.locator('.govuk-header')).toBeHidden();
});

test('no table cell breaks a word at 375 px: dates are short and priority, due and status do not wrap', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await openExampleReport(page);
  const cells = page.locator('.app-report-plan td.app-report-nowrap');
  expect(await cells.count()).toBeGreaterThan(0);
  for (const text of await cells.allInnerTexts()) expect(text).not.toContain('\n');
  await expect(
    page
      .locator('.app-report-plan')
      .getByText(/^\d{1,2} [A-Z][a-z]{2,3} \d{4}$/)
      .first(),
  ).toBeVisible();
});

test('"Download PDF" saves the report as a PDF within a second', async ({ page }, testInfo) => {
  await openExampleReport(page);
  const button = page.getByRole('button', { name: 'Download PDF' });
  const started = Date.now();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const file = await download.path();
  const elapsed = Date.now() - started;
  testInfo.annotations.push({ type: 'click-to-file ms', description: String(elapsed) });
  console.log(`click-to-file: ${elapsed} ms`);
  await expect(page.getByRole('status')).toHaveText('The PDF has been saved to your downloads.');

  expect(download.suggestedFilename()).toMatch(
    /^northmoor-borough-council-cabinet-paper-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(
    new RegExp(`^Title:\\s+Readiness for community-led service delivery: ${ORGANISATION}$`, 'm'),
  );
  const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  expect(pageCount).toBeGreaterThanOrEqual(3);
  expect(pageCount).toBeLessThanOrEqual(6);
  const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .slice(0, -1);
  expect(pages).toHaveLength(pageCount);
  pages.forEach((text, i) => {
    expect(text).toContain(`Page ${i + 1} of ${pageCount}`);
    expect(text).toContain(example.about.marking);
  });
  const flat = pages.join(' ').replace(/\s+/g, ' ');
  for (const title of [
    'Accountability',
    'Capacity',
    'Motivation and demand',
    'Centralism',
    'Localism and strategic planning',
  ])
    expect(flat).toContain(title);
  for (const heading of ['Purpose', 'Summary', 'Recommendations', 'The action plan'])
    expect(flat).toContain(heading);
  expect(elapsed).toBeLessThan(2000);
});

test('"Download Word (.docx)" saves a Word file with the headings and the action table', async ({
  page,
}) => {
  await openExampleReport(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Word (.docx)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const xml = execFileSync('unzip', ['-p', await download.path(), 'word/document.xml'], {
    encoding: 'utf8',
    maxBuffer: 20 * 1024 * 1024,
  });
  expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
  expect(xml).toContain('Recommendations');
  expect(xml).toContain('<w:tblHeader');
});

test('a report address for an assessment that is not saved says so', async ({ page }) => {
  await page.goto('./#/a/no-such-id/report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment not found');
  await expectNoAxeViolations(page, 'report page, not found');
});

test('the cabinet paper step drafts the recommendations, checks the date, and its words reach the report', async ({
  page,
}) => {
  const id = await openExampleReport(page);
  await page.goto(`./#/a/${id}/cabinet`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cabinet paper');
  await expect(page.getByLabel('Recommendation 1')).toHaveValue(/^Note the self-assessment/);
  await expect(page.getByText(/section 151 officer/)).toBeVisible();
  await expect(page.getByText(/monitoring officer/)).toBeVisible();
  await expectNoAxeViolations(page, 'cabinet paper step');

  await page.getByLabel('Month').fill('13');
  await page.getByRole('button', { name: 'Add a recommendation' }).click();
  await page.getByRole('button', { name: 'Save and see the report' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary).toContainText('Date of the meeting must be a real date');
  await expect(summary).toContainText('Enter the recommendation, or remove it');
  await expectNoAxeViolations(page, 'cabinet paper step, errors');
  fs.mkdirSync('/tmp/report-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/report-shots/cabinet-step-errors.png', fullPage: false });

  await page.getByLabel('Month').fill('12');
  const last = page.getByLabel(/^Recommendation \d+$/).last();
  await last.fill('Ask the scrutiny panel to review progress in March.');
  await page.getByLabel('Risk implications').fill('Risk text from the officer.');
  await page.getByRole('button', { name: 'Save and see the report' }).click();
  await expect(page).toHaveURL(new RegExp(`#/a/${id}/report$`));
  const main = page.locator('main');
  await expect(main.getByText('Ask the scrutiny panel to review progress in March.')).toBeVisible();
  await expect(main.getByText('Risk text from the officer.')).toBeVisible();
});
