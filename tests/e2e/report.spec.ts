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
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Report for ${ORGANISATION}`);
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

test('the report page shows the whole report accessibly, with the chart as a table too', async ({
  page,
}) => {
  await openExampleReport(page);
  await expect(page).toHaveTitle(`Report for ${ORGANISATION} – Big Society Readiness`);
  const main = page.locator('main');
  for (const name of [
    'Executive summary',
    'Action plan',
    'Appendix A: Every answer',
    'Appendix B: How the scores are worked out',
    'Appendix C: Sources',
  ]) {
    await expect(main.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(main.getByRole('heading', { level: 2, name: /^Theme \d: / })).toHaveCount(5);
  await expect(
    main.getByRole('img', { name: /Radar chart of the current score against the target/ }),
  ).toBeVisible();
  await expect(
    main.getByRole('table', { name: /Theme scores against targets/ }).getByRole('row'),
  ).toHaveCount(6);
  await expect(main.getByText(example.about.marking, { exact: true }).first()).toBeVisible();
  await expectNoAxeViolations(page, 'report page');

  // The contents links move focus to the section without changing the route.
  const url = page.url();
  await main.getByRole('link', { name: 'Action plan', exact: true }).click();
  await expect(main.getByRole('heading', { level: 2, name: 'Action plan' })).toBeFocused();
  expect(page.url()).toBe(url);

  fs.mkdirSync('/tmp/report-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/report-shots/report-page.png', fullPage: false });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Download PDF' })).toBeHidden();
  await expect(page.locator('.govuk-header')).toBeHidden();
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
    /^northmoor-borough-council-report-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  expect(spawnSync('qpdf', ['--check', file]).status).toBe(0);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(info).toMatch(
    new RegExp(`^Title:\\s+Big Society Readiness report: ${ORGANISATION}$`, 'm'),
  );
  const pageCount = Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
  expect(pageCount).toBeGreaterThan(7);
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
  expect(flat).toContain('Action plan');
  for (const { owner } of example.plan) expect(flat).toContain(owner);
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
  expect(xml).toContain('Executive summary');
  expect(xml).toContain('<w:tblHeader');
  for (const { owner } of example.plan)
    expect(xml).toContain(owner.replace(/&/g, '&amp;').replace(/'/g, '&apos;'));
});

test('a report address for an assessment that is not saved says so', async ({ page }) => {
  await page.goto('./#/a/no-such-id/report');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Assessment not found');
  await expectNoAxeViolations(page, 'report page, not found');
});
