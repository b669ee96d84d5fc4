import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { countInWords } from '../../src/domain/format';
import { expect, test } from './guard';

/** The shipped question bank: the start page lists its themes, however many there are. */
const BANK = JSON.parse(
  readFileSync(resolve('questionnaires/big-society-readiness.json'), 'utf8'),
) as { themes: { title: string }[] };

test('the app opens on a page that names the tool and every theme of the bank', async ({
  page,
}) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(
    'Assess how ready your council is for community-led services – Big Society Readiness',
  );
  const themes = page
    .getByRole('list', { name: `The ${countInWords(BANK.themes.length, 'theme')}` })
    .getByRole('listitem');
  await expect(themes).toHaveCount(BANK.themes.length);
  for (const { title } of BANK.themes) {
    await expect(themes.filter({ hasText: title })).toHaveCount(1);
  }
  await expect(page.getByRole('button', { name: 'Start a new assessment' })).toBeVisible();
});
