import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_TOKEN } from './e2e-token.ts';
import { appReady } from './pages.ts';

const auth = { Authorization: `Bearer ${E2E_TOKEN}` };

/** One figure of an error's CSV, e.g. `starts_agent` (error-wide) or `reached` of a node. */
async function figure(
  request: APIRequestContext,
  error: string,
  name: string,
  node = '',
): Promise<number> {
  const response = await request.get(`/api/insights.csv?error=${error}`, { headers: auth });
  expect(response.status()).toBe(200);
  const row = (await response.text())
    .split('\r\n')
    .map((line) => line.split(','))
    .find((cells) => cells[1] === node && cells[4] === name);
  return Number(row?.at(-1) ?? NaN);
}

/**
 * Records, in the tab's sessionStorage (it survives navigating within the site), every beacon
 * and fetch the page sends to /api/events: Playwright does not report a beacon sent as a page
 * unloads.
 */
async function recordSends(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const note = (how: string, url: unknown): void => {
      if (!String(url).includes('/api/events')) return;
      const list: unknown = JSON.parse(sessionStorage.getItem('e2e-sent') ?? '[]');
      sessionStorage.setItem(
        'e2e-sent',
        JSON.stringify([...(Array.isArray(list) ? list : []), how]),
      );
    };
    const beacon = navigator.sendBeacon.bind(navigator);
    navigator.sendBeacon = (url, data) => {
      note('beacon', url);
      return beacon(url, data);
    };
    const original = window.fetch.bind(window);
    window.fetch = (input, init) => {
      note('fetch', input instanceof Request ? input.url : input);
      return original(input, init);
    };
  });
  return () =>
    page.evaluate(() => {
      const list: unknown = JSON.parse(sessionStorage.getItem('e2e-sent') ?? '[]');
      return Array.isArray(list) ? list.map(String) : [];
    });
}

/** Times an error page's situation (by its place in the list) was chosen, from the CSV. */
async function situationChosen(
  request: APIRequestContext,
  error: string,
  index: number,
): Promise<number> {
  const response = await request.get(`/api/insights.csv?error=${error}`, { headers: auth });
  const row = (await response.text())
    .split('\r\n')
    .map((line) => line.split(','))
    .find((cells) => cells[4] === 'situation_chosen' && cells[5] === String(index));
  return Number(row?.at(-1) ?? NaN);
}

const situation = (page: Page, text: RegExp) =>
  page.getByRole('region', { name: 'Which of these sounds like you?' }).getByRole('link', {
    name: text,
  });

test('a walk through the screens is counted, and read back through the CSV with the token', async ({
  page,
  request,
}) => {
  expect((await request.get('/api/insights.csv?error=102')).status()).toBe(401);
  const before = {
    starts: await figure(request, '102', 'starts_agent'),
    fixed: await figure(request, '102', 'fixed_yes', 'check-bank-notices'),
    helpful: await figure(request, '102', 'helpful_yes', 'fixed-notice'),
    // "…wants me to accept new terms…", the second situation on the 102 page.
    situation: await situationChosen(request, '102', 1),
  };
  const sent = await recordSends(page);
  await page.goto('/errors/102?mode=agent');
  await expect(page.locator('meta[name="fixpath-events"]')).toHaveAttribute(
    'content',
    '/api/events',
  );
  await expect(page.getByText('We count which steps help, anonymously')).toBeVisible();
  await appReady(page);
  // A notice on the bank's website: straight to its fix; it works; it was helpful.
  await situation(page, /accept new terms/).click();
  await expect(page.locator('[data-node-kind="fix"]')).toHaveCount(1);
  await page.getByRole('link', { name: 'Yes, the error is gone' }).click();
  await expect(page.locator('[data-node-kind="resolved"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByText('counted anonymously, to learn which fixes work')).toBeVisible();
  await page.goto('/');
  await expect.poll(() => figure(request, '102', 'starts_agent')).toBe(before.starts + 1);
  await expect
    .poll(() => figure(request, '102', 'fixed_yes', 'check-bank-notices'))
    .toBe(before.fixed + 1);
  await expect
    .poll(() => figure(request, '102', 'helpful_yes', 'fixed-notice'))
    .toBe(before.helpful + 1);
  // The situation is counted as chosen (other journeys may choose it too, in owner mode).
  await expect
    .poll(() => situationChosen(request, '102', 1))
    .toBeGreaterThanOrEqual(before.situation + 1);
  expect(await sent()).toContain('beacon');
});

test('opening the deadline lane is counted as its own choice, once per page', async ({
  page,
  request,
}) => {
  const before = await figure(request, 'ol-301', 'deadline_lanes_owner');
  await page.goto('/errors/ol-301');
  await appReady(page);
  const lane = page.getByText('Payroll or a filing due within a day?', { exact: true });
  await lane.click();
  await lane.click();
  await lane.click();
  await page.goto('/');
  await expect.poll(() => figure(request, 'ol-301', 'deadline_lanes_owner')).toBe(before + 1);
});

/**
 * Walks a little of 202 and checks the browser sent nothing at all to /api/events. (The figures
 * themselves are not compared: other journeys walk 202 at the same time.)
 */
async function expectNothingSent(page: Page): Promise<void> {
  const sent = await recordSends(page);
  await page.goto('/errors/202');
  await appReady(page);
  await page.getByRole('link', { name: /I don’t know: guide me/ }).click();
  await expect(page.locator('[data-node-kind="question"]')).toHaveCount(1);
  await page.getByRole('list', { name: 'Choices' }).getByRole('link').first().click();
  await expect(page.locator('[data-node-kind]')).toHaveCount(1);
  await page.goto('/');
  await appReady(page);
  expect(await sent()).toEqual([]);
}

test('a browser that sends Global Privacy Control sends nothing', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  await expectNothingSent(page);
  await context.close();
});

test('a browser that sends Do Not Track sends nothing', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
  });
  await expectNothingSent(page);
});

test('a copy on a static host (no events tag in its pages) sends nothing', async ({ page }) => {
  await page.route(/\/errors\/202(\/step\/[^?]+)?(\?.*)?$/, async (route) => {
    const response = await route.fetch();
    const html = (await response.text())
      .replace(/<meta name="fixpath-events"[^>]*>/, '')
      .replace(' data-counts>', '>');
    await route.fulfill({ response, body: html });
  });
  await expectNothingSent(page);
});

test('the insights page asks for the token, shows the figures by step, and downloads the CSV', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('401'))
      problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto('/insights');
  await page.getByLabel('Insights token').fill('not-the-token-0123456789');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByRole('status')).toContainText('not accepted');
  await page.getByLabel('Insights token').fill(E2E_TOKEN);
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByRole('table', { name: /^Steps/ })).toBeVisible();
  // Other journeys send events too: pick 102 rather than rely on which error is listed first.
  await page.getByLabel('Error', { exact: true }).selectOption('102');
  await page.getByRole('button', { name: 'Show the figures' }).click();
  await expect(page.getByRole('status')).toContainText('Figures for 102');
  // The same figures on the guide's map, each step saying how many reached it.
  const map = page.getByRole('group', { name: 'Map of the Error 102 guide, by traffic' });
  await expect(map).toBeVisible();
  await expect(map.getByText(/ · \d+ reached/).first()).toBeVisible();
  await expect(
    page
      .getByRole('rowheader', {
        name: "Sign in to your bank's website in a web browser. What do you see?",
      })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole('table', { name: /Did this fix it/ })).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  expect((await download).suggestedFilename()).toBe('fixpath-insights-102.csv');
  // The token stays in this tab: after a reload the figures come back without asking.
  await page.reload();
  await expect(page.getByRole('table', { name: /^Steps/ })).toBeVisible();
  expect(problems).toEqual([]);
});
