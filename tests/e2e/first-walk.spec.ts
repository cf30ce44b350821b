import { expect, test } from '@playwright/test';

// Foundation journey: from an error page, always take the first choice until an ending.
test('walks the 102 tree from its start to an ending', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/errors/102');
  await page.getByRole('link', { name: 'Fix it step by step' }).click();
  await expect(page).toHaveURL(/\/errors\/102\/step\/[a-z0-9-]+\?s=[0-9a-z]{4}-$/);
  const ending = page.locator('[data-node-kind="resolved"], [data-node-kind="escalation"]');
  for (let step = 0; step < 30 && (await ending.count()) === 0; step++) {
    const before = page.url();
    await page.getByRole('list', { name: 'Choices' }).getByRole('link').first().click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(ending).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
  expect(errors).toEqual([]);
});
