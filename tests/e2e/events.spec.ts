import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { E2E_TOKEN } from './e2e-token.ts';
import { eventsClientScript, type EventsApi } from './events-client.ts';

let script = '';
test.beforeAll(async () => {
  script = await eventsClientScript();
});

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

/** Calls the real library in the page; says whether it will send. */
async function track(page: Page, events: Record<string, unknown>[]): Promise<boolean> {
  return page.evaluate((list) => {
    const api = (window as unknown as { fixpathEvents: EventsApi }).fixpathEvents;
    for (const event of list) api.trackEvent(event);
    api.flushEvents();
    return api.eventsEnabled();
  }, events);
}

const agentWalk = [
  { kind: 'guide-started', error: '102', mode: 'agent' },
  { kind: 'node-reached', error: '102', mode: 'agent', node: 'immediately' },
  { kind: 'answer', error: '102', mode: 'agent', node: 'immediately', choice: 0 },
  { kind: 'node-reached', error: '102', mode: 'agent', node: 'check-bank-notices' },
  { kind: 'answer', error: '102', mode: 'agent', node: 'check-bank-notices', choice: 0 },
  { kind: 'fix-outcome', error: '102', mode: 'agent', node: 'check-bank-notices', fixed: true },
];

test('events from a real page are stored and read back through the CSV with the token', async ({
  page,
  request,
}) => {
  expect((await request.get('/api/insights.csv?error=102')).status()).toBe(401);
  const startsBefore = await figure(request, '102', 'starts_agent');
  const fixedBefore = await figure(request, '102', 'fixed_yes', 'check-bank-notices');
  const sent = await recordSends(page);
  await page.addInitScript({ content: script });
  await page.goto('/errors/102');
  await expect(page.locator('meta[name="fixpath-events"]')).toHaveAttribute(
    'content',
    '/api/events',
  );
  expect(await track(page, agentWalk.slice(0, 3))).toBe(true);
  await expect.poll(() => figure(request, '102', 'starts_agent')).toBe(startsBefore + 1);
  // The rest leaves by beacon as the page is left.
  await page.evaluate((list) => {
    const api = (window as unknown as { fixpathEvents: EventsApi }).fixpathEvents;
    for (const event of list) api.trackEvent(event);
  }, agentWalk.slice(3));
  await page.goto('/');
  await expect
    .poll(() => figure(request, '102', 'fixed_yes', 'check-bank-notices'))
    .toBe(fixedBefore + 1);
  expect(await sent()).toEqual(['fetch', 'beacon']);
});

/** A walk through 202, which no other journey sends, so its figures must not move. */
const ownerWalk202 = [
  { kind: 'guide-started', error: '202', mode: 'owner' },
  { kind: 'node-reached', error: '202', mode: 'owner', node: 'version' },
];

async function expectNothingSent(page: Page, request: APIRequestContext): Promise<void> {
  const sent = await recordSends(page);
  await page.addInitScript({ content: script });
  const walksBefore = await figure(request, '202', 'walks');
  await page.goto('/errors/202');
  expect(await track(page, ownerWalk202)).toBe(false);
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(await sent()).toEqual([]);
  expect(await figure(request, '202', 'walks')).toBe(walksBefore);
}

test('a browser that sends Global Privacy Control sends nothing', async ({ browser, request }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  await expectNothingSent(page, request);
  await context.close();
});

test('a browser that sends Do Not Track sends nothing', async ({ page, request }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' });
  });
  await expectNothingSent(page, request);
});

test('a copy on a static host (no events tag in its pages) sends nothing', async ({
  page,
  request,
}) => {
  await page.route('**/errors/202', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/<meta name="fixpath-events"[^>]*>/, '');
    await route.fulfill({ response, body: html });
  });
  await expectNothingSent(page, request);
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
  await expect(
    page
      .getByRole('rowheader', { name: 'Does Error 102 appear as soon as you click Update?' })
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
