import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { walk } from './wizard-helpers.ts';

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

for (const [name, go] of [
  ['guide page', (p: import('@playwright/test').Page) => p.goto('/errors/202')],
  [
    'fix step',
    (p: import('@playwright/test').Page) =>
      walk(p, '102', ['A notice, new terms or a request to do something']),
  ],
  [
    'wait step',
    (p: import('@playwright/test').Page) =>
      walk(p, '102', ["A maintenance page, or the site won't load"]),
  ],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${name} has no axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await go(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
    });
  }
}
