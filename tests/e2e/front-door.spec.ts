import { expect, test, type Page } from '@playwright/test';
import { appReady } from './pages.ts';

// The front door against the production build of the real content (FIXPATH_CONTENT_DIR).

const box = (page: Page) =>
  page.getByRole('searchbox', { name: 'Error code or words from the message' });

/**
 * Searches as a person does once the page's script has started (a search sent before it is a
 * plain form, whose page lists the matches: see the early-click journey for that).
 */
async function search(page: Page, text: string): Promise<void> {
  await appReady(page);
  await box(page).fill(text);
  await page.getByRole('button', { name: 'Find my error' }).click();
}

/** Console errors (hydration mismatches included) and uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  return errors;
}

test('a bare 202 asks which message it was; H202 leads to its page; Back returns', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await search(page, '202');
  await expect(page).toHaveURL(/\/\?q=202$/);
  const choices = page.getByRole('list', { name: 'Which of these did you see?' });
  await expect(page.getByRole('heading', { name: 'Which of these did you see?' })).toBeVisible();
  await expect(choices.getByRole('listitem')).toHaveCount(3);
  await expect(choices.getByRole('link').first()).toHaveAttribute('href', '/errors/202');
  await expect(page.getByRole('status').first()).toContainText('3 messages use the number 202');
  await choices.getByRole('link', { name: /H202/ }).click();
  await expect(page).toHaveURL(/\/errors\/h202$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('H202');
  await page.goBack();
  await expect(box(page)).toHaveValue('202');
  await expect(choices.getByRole('listitem')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('words from the message find Error 102', async ({ page }) => {
  await page.goto('/');
  await search(page, 'bank feed maintenance');
  const results = page.getByRole('list', { name: 'Matching errors' });
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/errors/102');
  await results.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/errors\/102$/);
});

test('an exact code opens its page directly, and Back keeps what was typed', async ({ page }) => {
  await page.goto('/');
  await search(page, 'OL-202');
  await expect(page).toHaveURL(/\/errors\/ol-202$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('OL-202');
  await page.goBack();
  await expect(page).toHaveURL(/\/\?q=OL-202$/);
  await expect(box(page)).toHaveValue('OL-202');
});

test('an unknown code gets the closest codes and the covered list', async ({ page }) => {
  await page.goto('/');
  await search(page, 'Error 999');
  await expect(page.getByRole('heading', { name: /have a page for “Error 999”/ })).toBeVisible();
  const closest = page.getByRole('list', { name: 'Closest matches' });
  await expect(closest.getByRole('link', { name: /9999/ })).toBeVisible();
  const covered = page.getByRole('list', { name: 'Errors we cover' });
  await expect(covered.getByRole('link', { name: /^Error 202:/ })).toBeVisible();
  await expect(covered.getByRole('link', { name: /^Error 102:/ })).toBeVisible();
});

test('a shared search link opens on the results, without hydration errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/?q=payroll');
  await expect(box(page)).toHaveValue('payroll');
  const results = page.getByRole('list', { name: 'Matching errors' });
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/errors/202');
  expect(errors).toEqual([]);
});

test('typed markup is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  await page.goto('/');
  await search(page, '<script>alert(1)</script><img src=x onerror=alert(2)>');
  await expect(page.getByRole('heading', { level: 2 }).first()).toContainText('<script>');
  expect(dialogs).toBe(0);
});

test('works with the keyboard alone', async ({ page }) => {
  await page.goto('/');
  await appReady(page);
  for (let i = 0; i < 10 && !(await box(page).evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('h 202');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/h202$/);
});

test('an unknown address shows the not-found page with the search', async ({ page }) => {
  const response = await page.goto('/errors/nope');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByText(/has no page for “nope”/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
  await search(page, 'h202');
  await expect(page).toHaveURL(/\/errors\/h202$/);
});

test('any other unknown address offers the search too', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(box(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Errors we cover' })).toBeVisible();
});

test('an error page does not download the search index or the matcher', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/errors/102');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('102');
  await appReady(page);
  expect(scripts.filter((s) => /searcher|fixpath/.test(s))).toEqual([]);
});

test('what is typed and sent before the search takes over the page is kept and sent', async ({
  page,
}) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/search-island-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await box(page).fill('202');
  await page.getByRole('button', { name: 'Find my error' }).click();
  const island = page.locator('[data-island="search"]');
  expect(await island.getAttribute('data-island-ready')).toBeNull();
  release();
  await expect(island).toHaveAttribute('data-island-ready', 'true');
  await expect(page).toHaveURL(/\/\?q=202$/);
  await expect(page.getByRole('heading', { name: 'Which of these did you see?' })).toBeVisible();
});

test('a code Fixpath does not cover says so plainly and how to reach Intuit; the new guides open by code and words', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await search(page, 'PS032');
  await expect(page).toHaveURL(/\/\?q=PS032$/);
  const heading = page.getByRole('heading', { level: 2, name: /doesn’t cover PS032 yet$/ });
  await expect(heading).toBeVisible();
  const answer = page.locator('section', { has: heading });
  await expect(answer.getByRole('heading', { name: 'How to reach Intuit safely' })).toBeVisible();
  await expect(answer).toContainText('open its Help menu');
  await expect(answer).toContainText('Never call a phone number from a search result');
  await expect(answer.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('status').first()).toContainText('No page for PS032 yet');
  await search(page, 'OLSU-1013');
  await expect(page.getByRole('heading', { name: /doesn’t cover OLSU-1013 yet$/ })).toBeVisible();
  await search(page, '-6189, -816');
  await expect(page).toHaveURL(/\/errors\/6189-816$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('-6189, -816');
  await page.goto('/');
  await search(page, 'error updating file config.msi');
  const results = page.getByRole('list', { name: 'Matching errors' });
  await expect(results.getByRole('link').first()).toHaveAttribute('href', '/errors/1328');
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the front door lists every code, and the codes not covered yet with how to reach Intuit', async ({
    page,
  }) => {
    await page.goto('/?q=PS032');
    await expect(box(page)).toBeHidden();
    const covered = page.getByRole('list', { name: 'Errors we cover' });
    await expect(covered.getByRole('link', { name: /^Error -6189, -816:/ })).toBeVisible();
    await expect(covered.getByRole('link', { name: /^Error 1328:/ })).toBeVisible();
    const others = page.getByRole('list', { name: 'Other codes we can help you tell apart' });
    await expect(others.getByRole('link', { name: /^Error 3371:/ })).toBeVisible();
    const notCovered = page.getByRole('region', { name: 'Codes we don’t cover yet' });
    await expect(notCovered.getByRole('listitem')).toHaveCount(3);
    await expect(notCovered).toContainText('PS032');
    await expect(notCovered).toContainText('15xxx');
    await expect(notCovered).toContainText('OLSU');
    await expect(notCovered).toContainText('open its Help menu');
    await expect(notCovered).toContainText('Never call a phone number from a search result');
  });
});
