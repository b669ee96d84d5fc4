import { serialiseAssessment } from '../../src/domain/assessment-file';
import { sampleAssessments } from '../../src/domain/workshop-sample';
import { expect, test } from './guard';
import { bank } from './workshop-helpers';

test('600 dropped files: the figures come first, then every section, and the responses are kept on the device', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const many = sampleAssessments(bank(), 600, { organisations: 19 }).map((a) => ({
    name: `${a.id}.json`,
    text: serialiseAssessment(a),
  }));
  await page.goto('./#/workshops');
  await page.getByLabel('Name of the workshop').fill('Six hundred responses');
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2011');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  const heading = page.getByRole('heading', { level: 1, name: 'Six hundred responses' });
  await expect(heading).toBeVisible();
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'application/json' }));
    document
      .querySelector('[data-testid="workshop-files-drop-zone"]')
      ?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, many);
  const summary = page.getByTestId('workshop-summary');
  await expect(summary).toHaveText('600 responses from 19 organisations.', { timeout: 60_000 });
  await expect(page.getByTestId('theme-box-chart').locator('rect.app-chart-box')).toHaveCount(
    bank().themes.length,
  );
  // The sections below the first screen follow, each of them.
  for (const name of [
    'Change since the last workshop',
    'Where responses disagree: discussion prompts',
    'Where councils differ: heat map',
    'Views by role',
    'One council against the rest',
    'Download the workshop pack',
    'Add more files',
  ])
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  await expect(page.getByText('600 responses added')).toBeVisible();

  // Kept on this device: a new visit to the page shows the same figures.
  await page.reload();
  await expect(heading).toBeVisible();
  await expect(summary).toHaveText('600 responses from 19 organisations.', { timeout: 30_000 });
  await expect(page.getByTestId('theme-box-chart')).toBeVisible();
});
