import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';
import { idb } from './idb-helpers';
import { createAssessment, questionGroup } from './journey-helpers';

const downloadedText = async (page: Page, click: () => Promise<void>) => {
  const waiting = page.waitForEvent('download');
  await click();
  const download = await waiting;
  return {
    name: download.suggestedFilename(),
    text: await readFile((await download.path())!, 'utf8'),
  };
};

test('a storage write that fails shows a "not saved" alert with a download, and saving resumes when storage works', async ({
  page,
  context,
}) => {
  const id = await createAssessment(page);
  // From now on every IndexedDB put throws, as when the disk is full or storage is blocked.
  await page.addInitScript(() => {
    const original = IDBObjectStore.prototype.put;
    const w = window as unknown as { failPut: boolean };
    w.failPut = true;
    IDBObjectStore.prototype.put = function put(
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (w.failPut) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await page.goto(`./#/a/${id}/theme/accountability`);
  await page.reload();
  await questionGroup(page, 0).getByLabel('3 – Established').check();

  const alert = page.getByTestId('not-saved-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toHaveAttribute('role', 'alert');
  await expect(alert).toContainText('Not saved');
  await expect(alert).toContainText('QuotaExceededError');
  await expectNoAxeViolations(page, 'theme page with the not-saved alert');

  const file = await downloadedText(page, () =>
    alert.getByRole('button', { name: 'Download your data' }).click(),
  );
  expect(file.name).toBe('westshire-county-council-2026-11-20.json');
  const answers = (JSON.parse(file.text) as { answers: Record<string, { response: unknown }> })
    .answers;
  expect(Object.values(answers).map((a) => a.response)).toEqual([{ kind: 'level', level: 3 }]);

  // Another tab opened now would not see the unsaved answer...
  const other = await context.newPage();
  await other.goto(`./#/a/${id}/theme/accountability`);
  await other.evaluate(() => {
    (window as unknown as { failPut: boolean }).failPut = false;
  });
  await expect(questionGroup(other, 0).getByLabel('3 – Established')).not.toBeChecked();
  await other.close();

  // ...until storage works again: the next change (or the timer) saves everything.
  await page.evaluate(() => {
    (window as unknown as { failPut: boolean }).failPut = false;
  });
  await questionGroup(page, 1).getByLabel('Don’t know').check();
  await expect(alert).toHaveCount(0);
  const fresh = await context.newPage();
  await fresh.goto(`./#/a/${id}/theme/accountability`);
  await fresh.evaluate(() => {
    (window as unknown as { failPut: boolean }).failPut = false;
  });
  // Answered questions open folded to their answers.
  const sections = fresh.locator('section.app-question');
  await expect(sections.nth(0)).toContainText('Your answer: 3 – Established');
  await expect(sections.nth(1)).toContainText('Your answer: Don’t know');
});

test('unreadable or newer saved data is reported, offered for download, and kept until the user discards it', async ({
  page,
}) => {
  const id = await createAssessment(page);
  const garbled = {
    version: 1,
    rev: 3,
    assessment: {
      format: 'readiness-assessment',
      formatVersion: 1,
      id: 'garbled',
      about: 'half a record',
    },
  };
  const future = {
    version: 9,
    rev: 1,
    assessment: { id: 'future', note: 'written by a later version' },
  };
  await idb(page, 'put', 'assessment:garbled', garbled);
  await idb(page, 'put', 'assessment:future', future);
  await page.reload();

  const banner = page.getByRole('region', { name: 'Saved data that could not be opened' });
  await expect(banner).toContainText('could not be read. It has been kept as it is');
  await expect(banner).toContainText('made by a newer version of this tool');
  await expect(page.getByRole('heading', { level: 1, name: 'Your assessment' })).toBeVisible();
  await expectNoAxeViolations(page, 'task list with the unreadable-data banner');

  // Listed in key order: the newer record first, then the unreadable one.
  const first = await downloadedText(page, () =>
    banner.getByRole('button', { name: 'Download the saved data for item 1' }).click(),
  );
  expect(JSON.parse(first.text)).toEqual(future);
  const second = await downloadedText(page, () =>
    banner.getByRole('button', { name: 'Download the saved data for item 2' }).click(),
  );
  expect(JSON.parse(second.text)).toEqual(garbled);

  // Working on: the kept data is not written over.
  await page.goto(`./#/a/${id}/theme/capacity`);
  await questionGroup(page, 0).getByLabel('2 – Developing').check();
  await page.goto('./#/assessments');
  await expect(page.locator('.govuk-summary-card')).toHaveCount(1);
  expect(await idb(page, 'get', 'assessment:garbled')).toEqual(garbled);
  expect(await idb(page, 'get', 'assessment:future')).toEqual(future);

  await banner.getByRole('button', { name: /Discard it and start afresh/ }).click();
  await expectNoAxeViolations(page, 'discard confirmation');
  await banner.getByRole('button', { name: 'No, keep it' }).click();
  expect(await idb(page, 'get', 'assessment:garbled')).toEqual(garbled);
  await banner.getByRole('button', { name: /Discard it and start afresh/ }).click();
  await banner.getByRole('button', { name: 'Yes, discard it' }).click();
  await expect(banner).not.toContainText('could not be read');
  await expect(banner).toContainText('newer version');
  // Only a tombstone is left, so the key's revisions keep growing.
  expect(await idb(page, 'get', 'assessment:garbled')).toMatchObject({ deleted: true, rev: 4 });
  expect(await idb(page, 'get', 'assessment:future')).toEqual(future);
});

test('two tabs editing the same assessment lose nothing, and each says when the other changed it', async ({
  page,
  context,
}) => {
  const id = await createAssessment(page);
  await page.goto(`./#/a/${id}/theme/accountability`);
  const other = await context.newPage();
  await other.goto(`./#/a/${id}/theme/accountability`);
  await expect(other.getByRole('heading', { level: 1, name: 'Accountability' })).toBeVisible();

  await questionGroup(page, 0).getByLabel('1 – Emerging').check();
  await questionGroup(other, 1).getByLabel('4 – Leading').check();
  await expect(questionGroup(page, 1).getByLabel('4 – Leading')).toBeChecked();
  await expect(questionGroup(other, 0).getByLabel('1 – Emerging')).toBeChecked();
  await expect(
    page.getByRole('status').filter({ hasText: 'Updated in another tab' }),
  ).toBeVisible();

  // Both at once, including text typed in both tabs.
  await Promise.all([
    questionGroup(page, 2).getByLabel('2 – Developing').check(),
    questionGroup(other, 3).getByLabel('3 – Established').check(),
    page.locator('section.app-question').nth(4).getByLabel(/Notes/).fill('Typed in the first tab'),
    other
      .locator('section.app-question')
      .nth(5)
      .getByLabel(/Evidence/)
      .fill('Typed in the second tab'),
  ]);
  await page.locator('section.app-question').nth(4).getByLabel(/Notes/).blur();
  await other
    .locator('section.app-question')
    .nth(5)
    .getByLabel(/Evidence/)
    .blur();

  const fresh = await context.newPage();
  await fresh.goto(`./#/a/${id}/theme/accountability`);
  // A page opened now shows the answered questions folded to their answers.
  const folded = fresh.locator('section.app-question');
  for (const [n, words] of [
    [0, '1 – Emerging'],
    [1, '4 – Leading'],
    [2, '2 – Developing'],
    [3, '3 – Established'],
  ] as const) {
    await expect(folded.nth(n)).toContainText(`Your answer: ${words}`);
  }
  for (const p of [page, other, fresh]) {
    if (p !== fresh) {
      await expect(questionGroup(p, 0).getByLabel('1 – Emerging')).toBeChecked();
      await expect(questionGroup(p, 1).getByLabel('4 – Leading')).toBeChecked();
      await expect(questionGroup(p, 2).getByLabel('2 – Developing')).toBeChecked();
      await expect(questionGroup(p, 3).getByLabel('3 – Established')).toBeChecked();
    }
    await expect(p.locator('section.app-question').nth(4).getByLabel(/Notes/)).toHaveValue(
      'Typed in the first tab',
    );
    await expect(
      p
        .locator('section.app-question')
        .nth(5)
        .getByLabel(/Evidence/),
    ).toHaveValue('Typed in the second tab');
  }
  await expectNoAxeViolations(page, 'theme page with the updated-in-another-tab banner');
});
