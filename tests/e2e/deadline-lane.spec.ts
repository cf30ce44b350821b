import { expect, test, type Page } from '@playwright/test';
import { guidedTrees } from './content-routes.ts';
import { collectErrors } from './pages.ts';

const LANE = 'Payroll or a filing due within a day?';

/** Opens the lane on an error page and checks what it shows, on the same screen. */
async function openLane(page: Page, slug: string): Promise<void> {
  await page.goto(`/errors/${slug}`);
  const summary = page.getByText(LANE, { exact: true });
  await expect(summary).toBeVisible();
  const intuit = page.getByRole('heading', { name: 'Reach Intuit through QuickBooks' });
  await expect(intuit).toBeHidden();
  await summary.click();
  await expect(intuit).toBeVisible();
  const lane = page.locator('details[data-deadline-lane]');
  await expect(lane).toHaveAttribute('open', '');
  await expect(lane.getByText(/open its Help menu/)).toBeVisible();
  await expect(lane.getByRole('note', { name: 'Watch out for scams' })).toBeVisible();
  await expect(lane.getByRole('heading', { name: 'Try these meanwhile' })).toBeVisible();
}

test('a payroll deadline: the lane near the top shows Intuit, an expert and fixes to try, then the guide goes on', async ({
  page,
}) => {
  const problems = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openLane(page, '202');
  // Near the top: above the situations, and inside the first screen at 390 px.
  const summary = page.getByText(LANE, { exact: true });
  const box = await summary.boundingBox();
  expect(box && box.y + box.height).toBeLessThanOrEqual(844);
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  const lane = page.locator('details[data-deadline-lane]');
  await lane.getByRole('link', { name: /when to call an expert/i }).click();
  await expect(page).toHaveURL(/#expert$/);
  await expect(page.getByRole('heading', { name: 'When to call an expert' })).toBeInViewport();
  // The fastest fix opens its step; the guide goes on as usual from there.
  await page.goto('/errors/202');
  await page.getByText(LANE, { exact: true }).click();
  await lane.getByRole('list', { name: 'Try these meanwhile' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/errors\/202\/step\//);
  await expect(page.locator('[data-node-kind]')).toHaveCount(1);
  await page.goBack();
  await expect(situations).toBeVisible();
  expect(problems).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every guided error’s page opens its deadline lane', async ({ page }) => {
    for (const slug of guidedTrees().keys()) await openLane(page, slug);
  });
});
