import { expect, test } from '@playwright/test';
import { collectErrors } from './pages.ts';

test('the 102 page leads with the situations, each opening its step', async ({ page }) => {
  const problems = collectErrors(page);
  await page.goto('/errors/102');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Error 102');
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  const links = situations.getByRole('link');
  expect(await links.count()).toBeGreaterThan(2);
  await links.first().click();
  await expect(page).toHaveURL(/\/errors\/102\/step\//);
  await expect(page.locator('[data-node-kind]')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('the checklist page keeps ticks across reloads, shared with the wizard', async ({ page }) => {
  const problems = collectErrors(page);
  await page.goto('/errors/102/checklist');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Every fix for Error 102');
  const box = page.getByRole('checkbox').first();
  await expect(page.locator('[data-island="ticks"]')).toHaveAttribute('data-island-ready', 'true');
  await box.check();
  await page.reload();
  await expect(page.locator('[data-island="ticks"]')).toHaveAttribute('data-island-ready', 'true');
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  expect(problems).toEqual([]);
});
