import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { builtPageSize } from '../../scripts/bench/built-page-size.mjs';
import { sha256 } from '../../scripts/csp.mjs';
import { FIXPATH_ORIGIN, HOST_ORIGIN, OTHER_HOST_ORIGIN } from './embed-setup.ts';

/**
 * Fixpath inside a firm's own website (issue 16, decision 012): a page on another origin
 * (tests/e2e/embed-host.mjs) pastes the snippet; a second Fixpath server allows that origin only.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The firm's page with the snippet, given its `data-*` attributes. */
const hostPage = (attrs: Record<string, string>, origin = HOST_ORIGIN): string =>
  `${origin}/?${new URLSearchParams(attrs).toString()}`;

/** Console messages from embed.js and page errors, as they arrive. */
function listen(page: Page): { readonly said: string[]; readonly errors: string[] } {
  const said: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.text().startsWith('Fixpath embed:')) said.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return { said, errors };
}

/** Waits until the page in the frame has started its script (links are plain until then). */
const frameReady = (frame: Frame): Promise<void> =>
  expect(frame.locator('html')).toHaveAttribute('data-app-ready', 'true');

/** The Fixpath frame, once its page is ready. */
async function fixpathFrame(page: Page): Promise<Frame> {
  const element = page.locator(`iframe[src^="${FIXPATH_ORIGIN}/"]`);
  await expect(element).toHaveCount(1);
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error('no Fixpath frame');
  await frameReady(frame);
  return frame;
}

const frameHeight = (page: Page): Promise<number> =>
  page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);

const contentHeight = (frame: Frame): Promise<number> =>
  frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));

/** The frame is as tall as the page inside it (within a pixel of rounding). */
async function expectSizedToContent(page: Page, frame: Frame): Promise<number> {
  await expect
    .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
    .toBeLessThanOrEqual(1);
  return frameHeight(page);
}

/** Presses Tab (on the firm's page) until focus is on the frame's link named `name`. */
async function tabTo(page: Page, frame: Frame, name: RegExp, key = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    const text = await frame.evaluate(() =>
      document.hasFocus() ? (document.activeElement?.textContent ?? '') : '',
    );
    if (name.test(text)) return;
  }
  throw new Error(`Tab never reached ${String(name)} in the frame`);
}

test('a firm’s page shows the 102 guide in a frame that follows its height, walked by keyboard', async ({
  page,
}) => {
  const { said, errors } = listen(page);
  await page.goto(hostPage({ 'data-error': '102', 'data-return-url': '/done' }));
  const frame = await fixpathFrame(page);
  // The embed layout: the guide, no site header, links out in a new tab.
  await expect(frame.locator('main h1')).toContainText('Error 102');
  await expect(frame.locator('.site-header, .skip-link')).toHaveCount(0);
  await expect(page.locator('#after')).toBeVisible();
  const guide = await expectSizedToContent(page, frame);

  // A short step: the frame shrinks to it.
  await tabTo(page, frame, /accept new terms/);
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-node-kind="fix"]')).toHaveCount(1);
  // A new page: its Back is a plain link until the wizard has started (then it moves focus).
  await frameReady(frame);
  // A new page in the frame keeps the keyboard there (as a fresh page would at the top).
  await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true);
  const fix = await expectSizedToContent(page, frame);
  expect(fix).toBeLessThan(guide - 500);

  // Back (by Shift+Tab) to where the situation was chosen, the long guide: it grows again.
  await tabTo(page, frame, /^Back to the Error 102 guide/, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-node-kind]')).toHaveCount(0);
  await expect(frame.locator('main h1')).toContainText('Error 102');
  // The guide's own script has started (it can add to the page, and the frame follows).
  await frameReady(frame);
  const again = await expectSizedToContent(page, frame);
  expect(again).toBeGreaterThan(fix + 500);

  // A wrong-shape or wrong-window message changes nothing.
  // Messages are delivered in order: once a last one has reached this page, embed.js has handled
  // the two before it.
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const sentinel = 'fixpath-test-sentinel';
        window.addEventListener('message', function heard(event) {
          if (event.data !== sentinel) return;
          window.removeEventListener('message', heard);
          requestAnimationFrame(() => done());
        });
        window.postMessage({ fixpath: 'frame', kind: 'height', height: 50 }, '*');
        window.postMessage({ fixpath: 'frame', kind: 'height', height: '50px' }, '*');
        window.postMessage(sentinel, '*');
      }),
  );
  // Still the guide's height, not 50 (compared with the page now: it may have grown meanwhile).
  expect(Math.abs((await frameHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
  expect(await frameHeight(page)).toBeGreaterThan(fix + 500);

  // To the ending, then "I'm done" takes the whole window to the firm's return page.
  await tabTo(page, frame, /accept new terms/);
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-node-kind="fix"]')).toHaveCount(1);
  await frameReady(frame);
  await tabTo(page, frame, /Yes, the error is gone/);
  await page.keyboard.press('Enter');
  await expect(frame.locator('[data-node-kind="resolved"]')).toHaveCount(1);
  // From step to step, focus goes to the new step's heading, inside the frame.
  await expect(frame.locator('main h1')).toBeFocused();
  await expectSizedToContent(page, frame);
  await tabTo(page, frame, /I’m done/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${HOST_ORIGIN}/done`);
  expect(said).toEqual([]);
  expect(errors).toEqual([]);
});

test('where the browser does not name the parent (as in Firefox), the host’s hello does', async ({
  page,
}) => {
  // location.ancestorOrigins cannot be taken away from a page, so the pages in the frame are
  // served with their inline script reading none (its hash swapped in the policy, so it runs).
  await page.route(`${FIXPATH_ORIGIN}/**`, async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    const html = await response.text();
    const script = /<script data-entry[^>]*>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(script).toContain('location.ancestorOrigins');
    const blind = script.replace('location.ancestorOrigins', 'void 0');
    const swap = (text: string): string => text.replace(sha256(script), sha256(blind));
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': swap(response.headers()['content-security-policy'] ?? ''),
      },
      body: swap(html).replace(script, blind),
    });
  });
  await page.goto(hostPage({ 'data-error': '102' }));
  const frame = await fixpathFrame(page);
  const guide = await expectSizedToContent(page, frame);
  await frame.getByRole('link', { name: /accept new terms/ }).click();
  await expect(frame.locator('[data-node-kind="fix"]')).toHaveCount(1);
  expect(await expectSizedToContent(page, frame)).toBeLessThan(guide - 500);
  // Requests still on their way when the test ends are let through, not failed.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('an embedded page weighs no more than the same page on its own (built files, gzip)', () => {
  // Computed from dist/ (deterministic): the page's HTML and the scripts it names, gzip. The embed
  // page has no site header or its styles, no icon and no style for a browser without scripts,
  // and carries the height reporter inline instead. What a browser downloads, as sent, is
  // compared by `npm run bench` (its --check fails on a miss), not here.
  for (const [alone, framed] of [
    ['index.html', 'index.embed.html'],
    ['errors/102/index.html', 'errors/102/index.embed.html'],
    ['errors/202/index.html', 'errors/202/index.embed.html'],
  ] as const) {
    const own = builtPageSize('dist', alone);
    const embedded = builtPageSize('dist', framed);
    expect(embedded.files.map((f) => f.path)).not.toContain(expect.stringContaining('frame-'));
    expect(embedded.bytes, `${framed} against ${alone}`).toBeLessThanOrEqual(own.bytes);
  }
});

test('a step in the frame has no axe violations, and its share link names the full site', async ({
  page,
}) => {
  await page.goto(hostPage({ 'data-error': '102' }));
  const frame = await fixpathFrame(page);
  await frame.getByRole('link', { name: /I don’t know: guide me/ }).click();
  await expect(frame.locator('[data-node-kind="question"]')).toHaveCount(1);
  await frame.getByRole('list', { name: 'Choices' }).getByRole('link').first().click();
  await expect(frame.locator('[data-node-kind]')).not.toHaveAttribute('data-node-kind', 'question');
  const step = frame.url();
  expect(step).toContain('embed=1');
  // One scan, of the firm's page and the frame inside it.
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  // "Copy link to this step" copies the full site's address, not the embed layout's.
  await frame.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => Promise.resolve(Reflect.set(window, 'copied', text)) },
    });
  });
  await frame.getByRole('button', { name: 'Copy link to this step' }).click();
  const copied = await frame.evaluate(() => String(Reflect.get(window, 'copied')));
  expect(copied).toMatch(new RegExp(`^${FIXPATH_ORIGIN}/errors/102/step/`));
  expect(copied).not.toContain('embed');
});

test('agent mode carries the ticket id into the call summary, as text', async ({ page }) => {
  const { errors } = listen(page);
  const ticket = '<b>T-1234</b>';
  await page.goto(hostPage({ 'data-error': '102', 'data-mode': 'agent', 'data-context': ticket }));
  const frame = await fixpathFrame(page);
  await frame.getByRole('link', { name: /accept new terms/ }).click();
  await expect(frame.locator('.agent-context')).toHaveText(`Ticket or case: ${ticket}`);
  await expect(frame.locator('main b')).toHaveCount(0);
  await frame.getByRole('link', { name: 'Yes, the error is gone' }).click();
  const summary = frame.getByLabel('Call summary text');
  await expect(summary).toContainText(`Ticket or case: ${ticket}`);
  expect(errors).toEqual([]);
});

test('hostile data-* values are left out with a console message, never run', async ({ page }) => {
  const { said, errors } = listen(page);
  await page.addInitScript(() => Object.assign(window, { pwned: false }));
  await page.goto(
    hostPage({
      'data-error': '<img src=x onerror="window.pwned=true">',
      'data-mode': '<script>window.pwned=true</script>',
      'data-return-url': 'javascript:window.pwned=true',
      'data-context': 'x'.repeat(5_000),
    }),
  );
  const frame = await fixpathFrame(page);
  // The front door, with none of the values in its address.
  await expect(frame.getByRole('searchbox')).toBeVisible();
  expect(new URL(frame.url()).search).toBe('?embed=1');
  expect(said).toHaveLength(4);
  expect(said.join('\n')).toMatch(/data-error=.* is not an error code/);
  expect(said.join('\n')).toMatch(/data-return-url=.* is not an http\(s\) address/);
  expect(Math.max(...said.map((line) => line.length))).toBeLessThan(200);
  expect(await page.evaluate(() => Reflect.get(window, 'pwned'))).toBe(false);
  expect(errors).toEqual([]);

  // An unknown code: the not-found page, the code shown as text.
  await page.goto(hostPage({ 'data-error': 'zz-999' }));
  const notFound = await fixpathFrame(page);
  await expect(notFound.locator('main h1')).toHaveText(/could not find/);
});

test('links that leave Fixpath open in a new tab, and say so', async ({ page }) => {
  await page.goto(hostPage({ 'data-error': '103' }));
  const frame = await fixpathFrame(page);
  const outside = frame.locator(`main a[href^="http"]:not([href^="${FIXPATH_ORIGIN}"])`);
  expect(await outside.count()).toBeGreaterThan(0);
  for (const link of await outside.all()) {
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toContainText('(opens in a new tab)');
  }
});

test('a website not on the list cannot show Fixpath', async ({ page, request }) => {
  const { said } = listen(page);
  // Same page, another origin: embed.js says why and makes no frame.
  await page.goto(hostPage({ 'data-error': '102' }, OTHER_HOST_ORIGIN));
  await expect.poll(() => said.length).toBe(1);
  expect(said[0]).toContain(`${OTHER_HOST_ORIGIN} may not show ${FIXPATH_ORIGIN}`);
  await expect(page.locator('iframe')).toHaveCount(0);

  // A frame made by hand is refused by the browser: frame-ancestors names only the firm.
  const response = await request.get(`${FIXPATH_ORIGIN}/errors/102?embed=1`);
  expect(response.headers()['content-security-policy']).toMatch(
    new RegExp(`frame-ancestors ${HOST_ORIGIN}$`),
  );
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    document.body.append(frame);
  }, `${FIXPATH_ORIGIN}/errors/102?embed=1`);
  const handle = await page.locator('iframe').elementHandle();
  const frame = await handle?.contentFrame();
  await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  await expect(frame?.locator('main h1') ?? page.locator('nothing')).toHaveCount(0);
});
