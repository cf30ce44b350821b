import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { choiceLinks, sessionOf, startHref } from './walk.ts';
import { appReady } from './pages.ts';

/**
 * Hostile and broken input, on purpose. Each case names the message a person sees. None may
 * crash (no uncaught error), show a blank page, or lose saved data without saying so.
 */
const MESSAGES = {
  notFound: 'We could not find that page',
  wrongNode: 'This step link does not match its answers',
  damaged: 'This step link is damaged',
  tooLong: 'This step link is too long',
  olderGuide: 'This link was made for an older version of this guide',
  storageOff: 'This browser is not letting us save your progress',
  unreadableSave: 'We couldn’t restore your earlier progress because the saved copy was damaged',
  olderSave:
    'We couldn’t restore your earlier progress because it was saved by an older version of Fixpath',
  guideChanged: 'We couldn’t restore your earlier progress because the guide has changed',
  ticksUnreadable: 'Your earlier ticks could not be read, so these boxes start empty.',
} as const;

const PROGRESS_KEY = 'fixpath:progress';
const CHECKS_KEY = 'fixpath:checks';

/** What this browser kept of a store after failed reads (`<key>:set-aside:<time>`), oldest first. */
function keptTexts(page: Page, key: string): Promise<string[]> {
  return page.evaluate((store) => {
    const prefix = `${store}:set-aside:`;
    return Object.keys(localStorage)
      .filter((name) => name.startsWith(prefix))
      .sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)))
      .map((name) => localStorage.getItem(name) ?? '');
  }, key);
}

/** Clicks "Download what was kept" in `scope` and reads the file the browser saved. */
async function downloadKept(page: Page, scope = page.locator('main')): Promise<string> {
  const saved = page.waitForEvent('download');
  await scope.getByRole('button', { name: 'Download what was kept (.txt)' }).click();
  const download = await saved;
  expect(download.suggestedFilename()).toMatch(/^fixpath-kept-[a-z]+-[\d-]+\.txt$/);
  return readFile(await download.path(), 'utf8');
}

/** Uncaught errors for the life of the page. */
function watchCrashes(page: Page): string[] {
  const crashes: string[] = [];
  page.on('pageerror', (error) => crashes.push(error.message));
  return crashes;
}

/** The page shows `message` in its main content, has visible text, and nothing crashed. */
async function expectExplained(page: Page, crashes: string[], message: string): Promise<void> {
  const main = page.locator('main');
  await expect(main.getByText(message).first()).toBeVisible();
  expect((await main.innerText()).trim().length, 'main has visible text').toBeGreaterThan(40);
  await expect(main.getByRole('heading', { level: 1 })).toBeVisible();
  expect(crashes).toEqual([]);
}

/** Seeds localStorage once, before the app's first script, for the whole test. */
async function seedStorage(page: Page, entries: Record<string, string>): Promise<void> {
  await page.addInitScript((values) => {
    if (sessionStorage.getItem('fixpath-test-seeded')) return;
    sessionStorage.setItem('fixpath-test-seeded', '1');
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
}

/** The first fix step the 102 guide's "sounds like me" situations link straight to. */
async function fixStepHref(page: Page): Promise<string> {
  await page.goto('/errors/102');
  const situations = page.getByRole('region', { name: 'Which of these sounds like you?' });
  for (const href of await situations
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    await page.goto(href);
    await page.locator('[data-node-kind]').waitFor();
    if ((await page.locator('[data-node-kind="fix"]').count()) === 1) return href;
  }
  throw new Error('no situation of the 102 guide leads to a fix');
}

/** A step URL a few answers into the 102 guide, as the app itself links to it. */
async function deepStepHref(page: Page): Promise<string> {
  await page.goto(await startHref(page, '102'));
  for (let i = 0; i < 2; i++) {
    const before = page.url();
    await choiceLinks(page).first().click();
    await expect(page).not.toHaveURL(before);
  }
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

test.describe('URL state', () => {
  test('unknown error code', async ({ page }) => {
    const crashes = watchCrashes(page);
    const response = await page.goto('/errors/zzz');
    expect(response?.status()).toBe(404);
    await expectExplained(page, crashes, MESSAGES.notFound);
    await expect(page.locator('main')).toContainText('“zzz”');
  });

  test('a step the answers do not lead to', async ({ page }) => {
    const crashes = watchCrashes(page);
    const s = sessionOf(await startHref(page, '102'));
    // A step 102 has, but not the one its answers lead to. (A step name no guide has is the
    // server's not-found page: wrong-addresses.spec.ts.)
    await page.goto(`/errors/102/step/sync-reset?s=${s}`);
    await expectExplained(page, crashes, MESSAGES.wrongNode);
    await expect(page.getByRole('link', { name: /from the beginning/ })).toBeVisible();
  });

  test('truncated session', async ({ page }) => {
    const crashes = watchCrashes(page);
    const href = await deepStepHref(page);
    const [path = '', s = ''] = href.split('?s=');
    // Cut inside the fingerprint: no longer a session at all.
    await page.goto(`${path}?s=${s.slice(0, 3)}`);
    await expectExplained(page, crashes, MESSAGES.damaged);
    // Cut inside the answers: a real but shorter path, which does not lead to this step.
    await page.goto(`${path}?s=${s.slice(0, -1)}`);
    await expectExplained(page, crashes, MESSAGES.wrongNode);
  });

  test('garbled session', async ({ page }) => {
    const crashes = watchCrashes(page);
    await page.goto('/errors/102/step/bank-website?s=%%%');
    await expectExplained(page, crashes, MESSAGES.damaged);
    await page.goto('/errors/102/step/bank-website?s=%E0%A4%A');
    await expectExplained(page, crashes, MESSAGES.damaged);
  });

  test('oversized (100 KB) session', async ({ page }) => {
    const crashes = watchCrashes(page);
    const response = await page.goto(`/errors/102/step/bank-website?s=${'0'.repeat(100 * 1024)}`);
    expect(response?.status()).toBe(200);
    await expectExplained(page, crashes, MESSAGES.tooLong);
  });

  test('script-bearing session and step id', async ({ page }) => {
    const crashes = watchCrashes(page);
    const payload = encodeURIComponent('<img src=x onerror="window.__pwned=1">');
    await page.goto(`/errors/102/step/bank-website?s=${payload}`);
    await expectExplained(page, crashes, MESSAGES.damaged);
    const s = sessionOf(await startHref(page, '102'));
    // A step name no guide has: the not-found page, which does not echo it.
    const response = await page.goto(`/errors/102/step/${payload}?s=${s}`);
    expect(response?.status()).toBe(404);
    await expectExplained(page, crashes, MESSAGES.notFound);
    expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  });

  test('session made for an older version of the guide', async ({ page }) => {
    const crashes = watchCrashes(page);
    await page.goto('/errors/102/step/bank-website?s=zzzz-01');
    await expectExplained(page, crashes, MESSAGES.olderGuide);
  });
});

test.describe('saved progress and storage', () => {
  /** Visits the 102 guide and its first step, where saved progress is read and shown. */
  async function visitGuide(page: Page): Promise<void> {
    await page.goto('/errors/102');
    await appReady(page);
  }

  test('corrupt saved progress is set aside, kept and explained', async ({ page }) => {
    const crashes = watchCrashes(page);
    const corrupt = '{"version":1,"state":{"bySlug":{"102":{"session":';
    await seedStorage(page, { [PROGRESS_KEY]: corrupt });
    await visitGuide(page);
    await expectExplained(page, crashes, MESSAGES.unreadableSave);
    expect(await keptTexts(page, PROGRESS_KEY)).toEqual([corrupt]);
  });

  test('saved progress from an older version of Fixpath', async ({ page }) => {
    const crashes = watchCrashes(page);
    const old = JSON.stringify({ version: 0, state: { lastStep: '/errors/102/step/x' } });
    await seedStorage(page, { [PROGRESS_KEY]: old });
    await visitGuide(page);
    await expectExplained(page, crashes, MESSAGES.olderSave);
    expect(await keptTexts(page, PROGRESS_KEY)).toEqual([old]);
  });

  test('saved progress for content that has changed since', async ({ page }) => {
    const crashes = watchCrashes(page);
    const walk = { session: 'zzzz-01', nodeId: 'bank-website', fingerprint: 'zzzz', updatedAt: 1 };
    const saved = JSON.stringify({ version: 1, state: { bySlug: { 102: walk } } });
    await seedStorage(page, { [PROGRESS_KEY]: saved });
    await visitGuide(page);
    await expectExplained(page, crashes, MESSAGES.guideChanged);
    expect(await keptTexts(page, PROGRESS_KEY)).toEqual([expect.stringContaining('zzzz-01')]);
  });

  test('junk saved twice is kept twice, explained where it mattered, and both copies download', async ({
    page,
  }) => {
    const crashes = watchCrashes(page);
    const fixHref = await fixStepHref(page);
    const junk = (n: number) => ({
      [PROGRESS_KEY]: `{"version":1,"state":{"bySlug":{"102":{"session":${n}`,
      [CHECKS_KEY]: `<ticks junk ${n}>`,
    });
    for (const n of [1, 2]) {
      // Fresh junk in both stores, written the way a broken extension or disk might, from a
      // page that saves nothing itself (a step page still starting up would save over it).
      await page.goto('/privacy');
      await page.evaluate((entries) => {
        for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
      }, junk(n));
      await visitGuide(page);
      await expectExplained(page, crashes, MESSAGES.unreadableSave);
      await page.goto(fixHref);
      await expect(page.locator('[data-node-kind="fix"]')).toHaveCount(1);
      await expectExplained(page, crashes, MESSAGES.ticksUnreadable);
    }
    expect(await keptTexts(page, PROGRESS_KEY)).toEqual([
      junk(1)[PROGRESS_KEY],
      junk(2)[PROGRESS_KEY],
    ]);
    expect(await keptTexts(page, CHECKS_KEY)).toEqual(['<ticks junk 1>', '<ticks junk 2>']);

    const ticks = await downloadKept(page);
    expect(ticks).toMatch(/Copy 1 of 2, set aside .+\n-+\n<ticks junk 1>\n/);
    expect(ticks).toMatch(/Copy 2 of 2, set aside .+\n-+\n<ticks junk 2>\n/);
    // The error page says it again for new junk, and offers both copies of the progress.
    await page.goto('/privacy');
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    }, junk(3));
    await visitGuide(page);
    await expectExplained(page, crashes, MESSAGES.unreadableSave);
    const progress = await downloadKept(page);
    for (const n of [1, 2, 3]) expect(progress).toContain(junk(n)[PROGRESS_KEY]);
    expect(crashes).toEqual([]);
  });

  test('storage that is full', async ({ page }) => {
    const crashes = watchCrashes(page);
    await page.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(await startHref(page, '102'));
    await choiceLinks(page).first().click();
    await expectExplained(page, crashes, MESSAGES.storageOff);
  });

  test('storage that is switched off', async ({ page }) => {
    const crashes = watchCrashes(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await page.goto(await startHref(page, '102'));
    await choiceLinks(page).first().click();
    await expectExplained(page, crashes, MESSAGES.storageOff);
  });
});

test.describe('every page state has its own tab title', () => {
  test('an unknown address and an unknown error code', async ({ page }) => {
    await page.goto('/no/such/page');
    await expect(page).toHaveTitle(/^Page not found \| /);
    await page.goto('/errors/zzz');
    await expect(page).toHaveTitle(/^Page not found \| /);
  });

  test('a broken step link: the error page names the problem', async ({ page }) => {
    await page.goto('/errors/102/step/bank-website?s=%25%25%25');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page).toHaveTitle(/^This step link is damaged · QuickBooks Error 102/);
  });

  test('a step whose content cannot load', async ({ page }) => {
    await page.route(/\/assets\/202-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/errors/202/step/tried?s=0000-');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not load');
    await expect(page).toHaveTitle(/^This page could not load \| /);
  });
});
