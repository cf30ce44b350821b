import { expect, test } from '@playwright/test';

test('the 102 guide hydrates cleanly and reads top to bottom', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  await page.goto('/errors/102');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Error 102');
  await expect(page.getByRole('link', { name: 'Fix it step by step' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'How to fix it', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: /^How to fix it: Reset the bank feed/ }).click();
  await expect(page).toHaveURL(/#fix-sync-reset$/);
  await page.getByRole('checkbox').first().check();
  await page.reload();
  await expect(page.getByRole('checkbox').first()).toBeChecked();
  expect(problems).toEqual([]);
});
