import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { serialiseAssessment } from '../../src/domain/assessment-file';
import { readQuestionnaireText } from '../../src/domain/questionnaire-file';
import { sampleAssessments } from '../../src/domain/workshop-sample';
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
  // Answered before the page opened, so shown folded to the answers.
  await expect(question(page, 0)).toContainText('Your answer: 4 – Leading');
  await expect(question(page, 1)).toContainText('Your answer: 1 – Emerging');
});

function bank() {
  const r = readQuestionnaireText(
    readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
  );
  if (!r.ok) throw new Error('the built-in question bank is invalid');
  return r.value;
}

const WORKSHOPS = { db: 'big-society-readiness-workshops', store: 'workshops' };

test('path 3: when workshop writes fail, the page says "not saved" (not "added"), offers the data, warns before leaving, and saves once storage works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Writes to the workshops database fail while `failWorkshops` is set; the library's still work.
    const put = IDBObjectStore.prototype.put;
    const w = window as unknown as { failWorkshops: boolean };
    w.failWorkshops = false;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (w.failWorkshops && this.transaction.db.name === 'big-society-readiness-workshops')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await page.goto('./#/workshops');
  await page.getByLabel('Name of the workshop').fill('North West learning network');
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('2011');
  await page.getByRole('button', { name: 'Create workshop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'North West learning network' }),
  ).toBeVisible();
  const id = /#\/workshops\/([^/]+)/.exec(page.url())![1]!;

  await page.evaluate(() => {
    (window as unknown as { failWorkshops: boolean }).failWorkshops = true;
  });
  const files = sampleAssessments(bank(), 3, { organisations: 3 }).map((a) => ({
    name: `${a.id}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(serialiseAssessment(a)),
  }));
  await page.getByLabel('Add assessment files').setInputFiles(files);

  const alert = page.getByTestId('workshop-not-saved-alert');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('QuotaExceededError');
  await expect(
    page.getByText('3 responses added on this page, but not saved on this device'),
  ).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /^Success/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'workshop page with the not-saved alert');

  const waiting = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download your data' }).click();
  const download = await waiting;
  const kept = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
    participants: unknown[];
  };
  expect(kept.participants).toHaveLength(3);

  // Leaving now asks first.
  let asked = false;
  page.once('dialog', (dialog) => {
    asked = dialog.type() === 'beforeunload';
    void dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
  expect(page.isClosed()).toBe(false);

  // Storage works again: the retry saves it, and a reload finds the 3 responses.
  await page.evaluate(() => {
    (window as unknown as { failWorkshops: boolean }).failWorkshops = false;
  });
  await expect(alert).toHaveCount(0, { timeout: 10_000 });
  const record = (await idb(page, 'get', `workshop:${id}`, undefined, WORKSHOPS)) as {
    workshop: { participants: unknown[] };
  };
  expect(record.workshop.participants).toHaveLength(3);
  await page.reload();
  await expect(page.getByTestId('workshop-summary')).toHaveText(
    '3 responses from 3 organisations.',
  );
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
    // The browser lives on after a tab closes (it is not this test's abrupt quit): give its
    // storage backend a moment to take the write the page sent as it went.
    await new Promise((done) => setTimeout(done, 500));
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
