import { expect, test, type Page, type Route } from '@playwright/test';
import { appReady, collectErrors } from './pages.ts';

// Support-agent mode, run the way an agent on a call runs it: keyboard only, no mouse at all.

const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
/** Agent mode is on: the header says so and offers the way out. */
const expectAgentMode = (page: Page, on: boolean) =>
  expect(
    page.getByRole('link', { name: on ? 'Leave agent mode' : 'Agent mode', exact: true }),
  ).toBeVisible();
const START = 'I don’t know: guide me with a few questions';
const summaryText = (page: Page) => page.getByLabel('Call summary text');

/** Presses Tab until the focused element has this accessible text; fails after `max` tries. */
async function tabTo(page: Page, text: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === text) return;
  }
  throw new Error(`No focusable "${text}" within ${max} presses of Tab`);
}

/** Picks an answer as an agent would: reads the digit shown on it, then presses that key. */
async function pressAnswer(page: Page, label: string): Promise<void> {
  // The digit keys are the wizard's: a key pressed before it has started does nothing.
  await appReady(page);
  const choices = page.getByRole('list', { name: 'Choices' });
  const key = choices.getByRole('link', { name: label, exact: true }).locator('kbd');
  const digit = (await key.textContent()) ?? '';
  expect(digit, `the digit shown on "${label}"`).toMatch(/^[1-9]$/);
  const before = page.url();
  await page.keyboard.press(digit);
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/mode=agent/);
}

const NOTE = 'Caller on Windows 11 <b>not bold</b> & signed in fine';
const REFRESH = 'Sign out and back in to refresh your session';

/** A label as a regular expression that matches it literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const TRIED = 'What have you tried so far?';
const CHECKS = 'Check two pages in your web browser. What do you see?';

test('a whole 202 call, keyboard only, ends with a summary for the ticket', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/errors/202?mode=agent');
  await expectAgentMode(page, true);
  await tabTo(page, START);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/errors\/202\/step\/tried\?s=[0-9a-z]{4}-&mode=agent$/);
  await expect(page.getByRole('region', { name: /say to the caller/i })).toContainText(
    'what they have tried so far',
  );

  await pressAnswer(page, 'Nothing yet');
  await expect(h1(page)).toHaveText(CHECKS);
  await pressAnswer(page, 'Both are fine, and I changed my Intuit password or email lately');
  await expect(h1(page)).toHaveText('Sign in to QuickBooks with your current Intuit details');

  // B once: back to the question, and answer it again.
  await page.keyboard.press('b');
  await expect(h1(page)).toHaveText(CHECKS);
  await pressAnswer(page, 'Both are fine, and nothing has changed');
  await expect(h1(page)).toHaveText(REFRESH);
  const panel = page.getByRole('region', { name: /say to the caller/i });
  await expect(panel).toContainText('Step 3');
  await expect(panel).toContainText('Step 3.2');

  // N: a note for this step; Esc leaves the box, so shortcuts work again.
  await page.keyboard.press('n');
  const notes = page.getByRole('textbox', { name: 'Notes for step 3' });
  await expect(notes).toBeFocused();
  await page.keyboard.type(NOTE);
  await page.keyboard.press('Escape');
  await expect(notes).not.toBeFocused();

  // ?: the list of shortcuts, opened and closed again.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();

  // 1 on a fix: "Yes, the error is gone".
  await page.keyboard.press('1');
  await expect(page.locator('[data-node-kind="resolved"]')).toHaveCount(1);
  const ending = page.getByRole('region', { name: 'Call summary' });
  await expect(ending).toBeVisible();
  const text = (await summaryText(page).textContent()) ?? '';
  expect(text).toContain("Error:          Error 202: Intuit's service didn't accept");
  expect(text).toMatch(new RegExp(`Step 1 {2}${literal(TRIED)}\\n {8}Answer: Nothing yet \\(at `));
  expect(text).toMatch(
    new RegExp(
      `Step 2 {2}${literal(CHECKS)}\\n {8}Answer: Both are fine, and nothing has changed \\(at `,
    ),
  );
  expect(text).toMatch(new RegExp(`Step 3 {2}${REFRESH}\\n {8}Outcome: fixed \\(at `));
  expect(text).toContain(`        ${NOTE}`);
  expect(text).toMatch(/Where it ended: Step 4, .+\(resolved\)/);
  expect(errors).toEqual([]);

  // A refresh keeps the notes and the mode.
  await page.reload();
  await expectAgentMode(page, true);
  await expect(summaryText(page)).toContainText(NOTE);
  await page.keyboard.press('b');
  await expect(page.getByRole('textbox', { name: 'Notes for step 3' })).toHaveValue(NOTE);
});

test('"Send the caller this link" opens the same step in owner view elsewhere', async ({
  page,
  browser,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/errors/202?mode=agent');
  await tabTo(page, START);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: /say to the caller/i })).toBeVisible();
  await pressAnswer(page, 'Nothing yet');
  await pressAnswer(page, "Signing in asks for a code, or to confirm it's me");
  const title = "Confirm it's you on Intuit's website, then try again";
  await expect(h1(page)).toHaveText(title);

  await tabTo(page, 'Send the caller this link');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const shown = await page.getByTestId('owner-link').textContent();
  expect(copied).toBe(shown);
  const agentUrl = new URL(page.url());
  const ownerUrl = new URL(copied);
  expect(ownerUrl.pathname).toBe(agentUrl.pathname);
  expect(ownerUrl.searchParams.get('s')).toBe(agentUrl.searchParams.get('s'));
  expect(ownerUrl.searchParams.has('mode')).toBe(false);

  const fresh = await browser.newContext();
  const caller = await fresh.newPage();
  await caller.goto(copied);
  await expect(h1(caller)).toHaveText(title);
  await expectAgentMode(caller, false);
  await expect(caller.getByRole('region', { name: /say to the caller/i })).toHaveCount(0);
  await expect(caller.getByText('Step 3 of', { exact: false }).first()).toBeVisible();
  await fresh.close();
});

test('agent mode survives an early click on the prerendered start link, and Back and Forward', async ({
  page,
}) => {
  test.slow();
  const errors = collectErrors(page);
  const panel = page.getByRole('region', { name: /say to the caller/i });
  /** The step page is in agent mode: its address and its header say so (and, once, its tools). */
  const expectAgentStep = async (round: number, tools = false) => {
    await expect(page, `round ${round}`).toHaveURL(/\/errors\/202\/step\/[^?]+\?s=.+&mode=agent$/);
    await expectAgentMode(page, true);
    if (tools) await expect(panel, `round ${round}`).toBeVisible();
  };
  // Twelve rounds. Half hold the page's own script back until the click is done, as on a phone too
  // slow to start it in time, so that the click surely comes before the app has taken over; the
  // other half race it as they come (with the browser's cache, which routing turns off).
  const DOCUMENT_SCRIPT = '**/assets/document-*.js';
  let release: (() => void) | undefined;
  const hold = async (route: Route) => {
    await new Promise<void>((resolve) => (release = resolve));
    // The page has moved on by then: the held request is simply dropped.
    await route.continue().catch(() => undefined);
  };
  const ROUNDS = 12;
  for (let round = 1; round <= ROUNDS; round++) {
    const holdBack = round % 2 === 0;
    if (holdBack) await page.route(DOCUMENT_SCRIPT, hold);
    await page.goto('/errors/202?mode=agent', { waitUntil: 'commit' });
    const start = page.getByRole('link', { name: START });
    await start.waitFor();
    if (holdBack) {
      const ready = await page.evaluate(() =>
        document.documentElement.hasAttribute('data-app-ready'),
      );
      expect(ready, `round ${round}: clicked before the app took over`).toBe(false);
    }
    await start.click();
    release?.();
    release = undefined;
    if (holdBack) await page.unroute(DOCUMENT_SCRIPT, hold);
    await expectAgentStep(round, round === ROUNDS);
  }

  // Back and Forward, across the wizard's own steps and out to the error page and in again.
  await pressAnswer(page, 'Nothing yet');
  await expect(h1(page)).toHaveText(CHECKS);
  await page.goBack();
  await expectAgentStep(ROUNDS + 1, true);
  await page.goBack();
  await expect(page).toHaveURL(/\/errors\/202\?mode=agent$/);
  await expectAgentMode(page, true);
  await page.goForward();
  await expectAgentStep(ROUNDS + 2, true);
  await page.goForward();
  await expect(h1(page)).toHaveText(CHECKS);
  await expectAgentStep(23, true);
  expect(errors).toEqual([]);
});

test('answers that came in the link get no time in the summary; one taken on screen does', async ({
  page,
}) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  // Opened on step 3 with two answers in the link: neither was given on this screen.
  await page.goto('/errors/102/step/local-settings?s=83hv-22&mode=agent');
  await expectAgentMode(page, true);
  await appReady(page);
  // The shortcuts are the agent layer's: S does nothing until it has loaded.
  const panel = page.getByRole('region', { name: /say to the caller/i });
  await expect(panel).toContainText('Step 3');
  await page.keyboard.press('s');
  await expect(summaryText(page)).toBeFocused();
  await expect(summaryText(page)).toContainText('Answer: It lets me in, with nothing waiting');
  await expect(summaryText(page)).toContainText('2 answers above have no time');
  await expect(summaryText(page)).not.toContainText('(at ');

  // The fix's outcome, reported on this screen, is timed; the two answers still are not.
  await page.keyboard.press('Escape');
  await pressAnswer(page, 'No, I still see the error');
  await expect(panel).toContainText('Step 4');
  await page.keyboard.press('s');
  await expect(summaryText(page)).toBeFocused();
  await expect(summaryText(page)).toContainText(/Outcome: not fixed \(at /);
  await expect(summaryText(page)).toContainText('2 answers above have no time');
  const text = (await summaryText(page).textContent()) ?? '';
  expect(text.match(/\(at /g)).toHaveLength(1);
  expect(errors).toEqual([]);
});
