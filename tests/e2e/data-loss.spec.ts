import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './guard';
import { idb } from './idb-helpers';
import { createAssessment, questionGroup } from './journey-helpers';

type Stored = { rev: number; assessment: { updatedAt: string; answers: Record<string, Answer> } };
type Answer = { response: unknown; notes: string; evidence: string };

const question = (page: Page, n: number) => page.locator('section.app-question').nth(n);
const stored = async (page: Page, id: string) =>
  (await idb(page, 'get', `assessment:${id}`)) as Stored | undefined;

test('path 1: storage that cannot be listed at start-up shows the library as unknown, and an older backup imported into it is a conflict that loses nothing', async ({
  page,
}) => {
  const id = await createAssessment(page);
  await page.goto(`./#/a/${id}/theme/accountability`);
  for (const n of [0, 1, 2, 3]) await questionGroup(page, n).getByLabel('2 – Developing').check();
  await question(page, 0).getByLabel(/Notes/).fill('A note that must survive');
  await question(page, 0).getByLabel(/Notes/).blur();
  const noted = 'accountability.community-delivery-scrutiny';
  await expect
    .poll(async () => (await stored(page, id))?.assessment.answers[noted]?.notes)
    .toBe('A note that must survive');
  const saved = (await stored(page, id))!;
  expect(Object.keys(saved.assessment.answers)).toHaveLength(4);
  // An older backup of the same assessment: one answer, no note.
  const backup = {
    ...saved.assessment,
    answers: { [noted]: { ...saved.assessment.answers[noted]!, notes: '' } },
    updatedAt: '2026-01-01T09:00:00.000Z',
  };

  // From now on getAll and getAllKeys fail; single reads and writes still work.
  await page.addInitScript(() => {
    for (const name of ['getAll', 'getAllKeys'] as const) {
      IDBObjectStore.prototype[name] = () => {
        throw new DOMException('Internal error opening backing store.', 'UnknownError');
      };
    }
  });
  await page.goto('./#/assessments');
  await page.reload();
  await expect(page.getByTestId('library-unknown')).toBeVisible();
  await expect(page.getByText('could not be listed, so some may be missing here')).toBeVisible();
  await expect(page.getByText('There are no assessments saved')).toHaveCount(0);
  await expect(page.getByTestId('not-saved-alert')).toHaveCount(0);
  await expectNoAxeViolations(page, 'saved assessments page with an unknown library');

  await page.goto('./#/import');
  await page.getByLabel('Choose files').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByText('Will be added')).toHaveCount(0);
  await expect(
    page.getByText('A different version of this assessment is already saved'),
  ).toBeVisible();
  await expect(page.getByText('The saved copy is newer.')).toBeVisible();
  await page.getByRole('button', { name: 'Add 1 assessment' }).click();
  await expect(page.getByText('1 assessment added to saved assessments')).toBeVisible();

  const after = (await stored(page, id))!;
  expect(Object.keys(after.assessment.answers)).toHaveLength(4);
  expect(after.assessment.answers[noted]?.notes).toBe('A note that must survive');
  expect(after).toEqual(saved);
});

test('path 2: a tab that missed every message after a delete and undo elsewhere still merges, and says so', async ({
  page,
  context,
}) => {
  await context.addInitScript(() => {
    // No BroadcastChannel: tab B hears nothing of what tab A does.
    Reflect.deleteProperty(window, 'BroadcastChannel');
  });
  const id = await createAssessment(page);
  const b = await context.newPage();
  await b.goto(`./#/a/${id}/theme/accountability`);
  await expect(b.getByRole('heading', { level: 1, name: 'Accountability' })).toBeVisible();

  await page.goto('./#/assessments');
  await page.getByRole('button', { name: /^Delete Westshire/ }).click();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('has been deleted from this browser')).toBeVisible();
  await expect
    .poll(async () => (await idb(page, 'get', `assessment:${id}`)) as unknown)
    .toMatchObject({ deleted: true });
  await page.getByRole('button', { name: 'Undo: put it back' }).click();
  await page.goto(`./#/a/${id}/theme/accountability`);
  await questionGroup(page, 0).getByLabel('4 – Leading').check();
  await expect
    .poll(async () => Object.keys((await stored(page, id))?.assessment.answers ?? {}).length)
    .toBe(1);

  // The stale tab edits another answer: A's answer must survive, and B must say it merged.
  await questionGroup(b, 1).getByLabel('1 – Emerging').check();
  await expect(
    b.getByRole('status').filter({ hasText: 'also changed in another tab' }),
  ).toBeVisible();
  await expect(questionGroup(b, 0).getByLabel('4 – Leading')).toBeChecked();
  await expect
    .poll(async () => Object.keys((await stored(page, id))?.assessment.answers ?? {}).length)
    .toBe(2);
  await page.reload();
  await expect(questionGroup(page, 0).getByLabel('4 – Leading')).toBeChecked();
  await expect(questionGroup(page, 1).getByLabel('1 – Emerging')).toBeChecked();
});

/** A browser with its own profile on disk, closed and opened again like a real one. */
async function withProfile(
  baseURL: string | undefined,
  run: (launch: () => Promise<BrowserContext>) => Promise<void>,
) {
  const profile = await mkdtemp(join(tmpdir(), 'bsr-profile-'));
  const errors: string[] = [];
  const launch = async () => {
    const context = await chromium.launchPersistentContext(profile, {
      baseURL,
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    context.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    return context;
  };
  try {
    await run(launch);
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
}

const firstPage = async (context: BrowserContext) =>
  context.pages()[0] ?? (await context.newPage());
const TYPED = 'Typed at the last moment';

test('path 4: text typed just before the tab is closed is there when the browser is opened again', async ({
  baseURL,
}) => {
  await withProfile(baseURL, async (launch) => {
    let context = await launch();
    let page = await firstPage(context);
    const id = await createAssessment(page);
    await page.goto(`./#/a/${id}/theme/accountability`);
    await question(page, 0).getByLabel(/Notes/).pressSequentially(TYPED);
    // The tab is closed at once, well within the save delay, without leaving the field.
    await page.close({ runBeforeUnload: true });
    await context.close();

    context = await launch();
    page = await firstPage(context);
    await page.goto(`./#/a/${id}/theme/accountability`);
    await expect(question(page, 0).getByLabel(/Notes/)).toHaveValue(TYPED);
    // The copy written as the page went away has been taken in and tidied away.
    await expect.poll(async () => idb(page, 'keys')).toEqual([`assessment:${id}`]);
    await context.close();
  });
});

test('path 4: text typed 150 ms before the browser quits with no warning is there when it is opened again', async ({
  baseURL,
}) => {
  await withProfile(baseURL, async (launch) => {
    let context = await launch();
    let page = await firstPage(context);
    const id = await createAssessment(page);
    await page.goto(`./#/a/${id}/theme/accountability`);
    await question(page, 0).getByLabel(/Notes/).pressSequentially(TYPED);
    // The whole browser goes, with no pagehide: only what was written already survives.
    await page.waitForTimeout(150);
    await context.close();

    context = await launch();
    page = await firstPage(context);
    await page.goto(`./#/a/${id}/theme/accountability`);
    await expect(question(page, 0).getByLabel(/Notes/)).toHaveValue(TYPED);
    await context.close();
  });
});
