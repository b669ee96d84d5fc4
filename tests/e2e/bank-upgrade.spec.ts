import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, expectNoAxeViolations, test } from './guard';

const OLD_FILE = 'tests/fixtures/bank-upgrade/example-council-1.0.0.json';
const bank = JSON.parse(
  readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
) as { version: string; themes: { questions: { id: string; text: string; since?: string }[] }[] };
const newQuestions = bank.themes
  .flatMap((t) => t.questions)
  .filter((q) => q.since === bank.version);

test('an assessment made with bank 1.0.0 opens with the new questions listed, and the list shrinks as they are answered', async ({
  page,
}) => {
  await page.goto('./#/import');
  await page.getByLabel('Choose files').setInputFiles({
    name: 'northmoor-2025.json',
    mimeType: 'application/json',
    buffer: readFileSync(resolve(OLD_FILE)),
  });
  await expect(page.getByRole('table')).toContainText(
    `made with question bank version 1.0.0; answers to questions this version does not have were left out`,
  );
  await expect(page.getByRole('table')).toContainText(
    `${newQuestions.length} questions are new since then and not yet answered`,
  );
  await page.getByRole('button', { name: 'Add 1 assessment' }).click();
  await page.goto('./#/assessments');
  await page
    .getByRole('link', { name: /Northmoor Borough Council/ })
    .first()
    .click();
  await page.waitForURL(/#\/a\/[^/]+\/tasks$/);

  const notice = page.getByRole('region', { name: 'Important' });
  await expect(notice).toContainText(
    `${newQuestions.length} questions to answer for version ${bank.version} of the question bank`,
  );
  await expect(notice.getByRole('link')).toHaveText(newQuestions.map((q) => q.text));
  await expectNoAxeViolations(page, 'task list with questions to answer');

  // Follow the first link: it opens the question, which the rating rule precedes on the page.
  await notice.getByRole('link').first().click();
  await expect(page.getByTestId('rating-rule')).toContainText(
    'A level is reached when every one of its conditions holds',
  );
  const first = newQuestions[0]!;
  const block = page.locator(`#q-${first.id.replace(/\./g, '-')}`);
  await block.getByRole('radio', { name: '1 – Emerging' }).check();
  await expect(block.getByRole('radio', { name: '1 – Emerging' })).toBeChecked();

  await page.getByRole('link', { name: 'Back to the assessment' }).click();
  await expect(page.getByRole('region', { name: 'Important' }).getByRole('link')).toHaveCount(
    newQuestions.length - 1,
  );
});
