import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { countInWords } from '../../src/domain/format';
import { STORAGE } from '../../src/store/storage-keys';
import { WORKSHOP_STORAGE } from '../../src/store/workshop-store';
import { expect, expectNoAxeViolations, test } from './guard';

/** The shipped question bank: the start page lists its themes, however many there are. */
const BANK = JSON.parse(
  readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
) as { themes: { title: string }[] };

// Guide section 8: a Content-Security-Policy in the built page, no inline script, no request to
// another host (the guard), and nothing kept on the device except assessment data and settings.

test('the built index.html carries the Content-Security-Policy and has no inline script', async ({
  request,
}) => {
  const html = await (await request.get('./')).text();
  const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
  expect(csp, 'CSP meta tag').toBeTruthy();
  const directives = new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  for (const name of ['script-src', 'default-src', 'style-src']) {
    expect(directives.get(name) ?? [], `${name} allows no inline code`).not.toContain(
      "'unsafe-inline'",
    );
    expect(directives.get(name) ?? [], `${name} allows no eval`).not.toContain("'unsafe-eval'");
  }
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attributes, body] of scripts) {
    expect(attributes, 'every script is a file').toMatch(/\bsrc=/);
    expect(body?.trim()).toBe('');
  }
});

test('the start page names the tool and the themes of the bank under the CSP', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  const themes = page
    .getByRole('list', { name: `The ${countInWords(BANK.themes.length, 'theme')}` })
    .getByRole('listitem');
  await expect(themes).toHaveCount(BANK.themes.length);
  await expectNoAxeViolations(page, 'start page');
});

/** Everything the app has stored in this browser profile, read from inside the page. */
async function storedData(page: Page) {
  return page.evaluate(async () => {
    const open = (name: string) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const idb: Record<string, Record<string, string[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await open(info.name);
      idb[info.name] = {};
      for (const storeName of [...db.objectStoreNames]) {
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const request = db.transaction(storeName, 'readonly').objectStore(storeName).getAllKeys();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        idb[info.name]![storeName] = keys.map(String);
      }
      db.close();
    }
    return {
      idb,
      localStorage: Object.keys(localStorage),
      sessionStorage: Object.keys(sessionStorage),
      cookies: document.cookie,
      caches: 'caches' in window ? await caches.keys() : [],
    };
  });
}

test('the device keeps only assessment data and settings', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try the example assessment' }).click();
  await expect(page).toHaveURL(/#\/a\/[^/]+\/results/);
  const id = /#\/a\/([^/]+)\//.exec(page.url())![1]!;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Change an answer, as a journey does, so the save-on-change path writes too.
  await page.goto(`./#/a/${id}/theme/accountability`);
  // The example's questions are answered, so they open folded: open the first to change it.
  await page.getByRole('button', { name: 'Change the answer to question 1', exact: true }).click();
  const levels = page.locator('main fieldset').first().getByRole('radio');
  // Pick one of the five levels that is not the example's answer, so the change is a real write.
  let chosen = 0;
  while (chosen < 4 && (await levels.nth(chosen).isChecked())) chosen += 1;
  await levels.nth(chosen).check();
  await expect(levels.nth(chosen)).toBeChecked();
  // Reload so every write has landed before storage is read.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Change the answer to question 1', exact: true }).click();
  await expect(page.locator('main fieldset').first().getByRole('radio').nth(chosen)).toBeChecked();

  const stored = await storedData(page);
  const allowedDatabases: Record<string, { store: string; prefix: string }> = {
    [STORAGE.idbDatabase]: { store: STORAGE.idbStore, prefix: STORAGE.assessmentPrefix },
    [WORKSHOP_STORAGE.idbDatabase]: {
      store: WORKSHOP_STORAGE.idbStore,
      prefix: WORKSHOP_STORAGE.workshopPrefix,
    },
  };
  expect(
    Object.keys(stored.idb).filter((name) => !(name in allowedDatabases)),
    'unknown IndexedDB databases',
  ).toEqual([]);
  for (const [name, stores] of Object.entries(stored.idb)) {
    const allowed = allowedDatabases[name]!;
    expect(Object.keys(stores), `object stores of ${name}`).toEqual([allowed.store]);
    const keys = stores[allowed.store] ?? [];
    expect(
      keys.filter((k) => !k.startsWith(allowed.prefix)),
      `keys of ${name}`,
    ).toEqual([]);
  }
  expect(stored.idb[STORAGE.idbDatabase]?.[STORAGE.idbStore]).toEqual([
    `${STORAGE.assessmentPrefix}${id}`,
  ]);
  // Settings such as "hide the overall score" live in the assessment itself, so localStorage is unused.
  expect(stored.localStorage, 'localStorage keys').toEqual([]);
  expect(stored.sessionStorage, 'sessionStorage keys').toEqual([]);
  expect(stored.cookies, 'cookies').toBe('');
  // The only caches are the service worker's copy of the app's own files.
  expect(
    stored.caches.filter((name) => !name.startsWith('workbox-precache')),
    'Cache Storage',
  ).toEqual([]);
});
