import { expect, test } from './guard';

test('the app opens on a page that names the tool and its five themes', async ({ page }) => {
  await page.goto('./');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Big Society Readiness' }),
  ).toBeVisible();
  await expect(page).toHaveTitle(
    'Assess how ready your council is for community-led services – Big Society Readiness',
  );
  const themes = page.getByRole('list', { name: 'The five themes' }).getByRole('listitem');
  await expect(themes).toHaveCount(5);
  for (const title of [
    'Accountability',
    'Capacity',
    'Motivation and demand',
    'Centralism',
    'Localism and strategic planning',
  ]) {
    await expect(themes.filter({ hasText: title })).toHaveCount(1);
  }
  await expect(page.getByRole('button', { name: 'Start a new assessment' })).toBeVisible();
});
