import { expect, test, type Page } from '@playwright/test';
import { appReady } from './pages.ts';

/**
 * Keyboard only: from the front door to an ending of each guide with Tab, Shift+Tab, Enter and
 * Space. The mouse is never used, and page.goto only opens the front door.
 */
interface Focused {
  readonly tag: string;
  readonly text: string;
  readonly href: string;
  readonly type: string;
}

async function focused(page: Page): Promise<Focused | undefined> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return undefined;
    return {
      tag: el.tagName.toLowerCase(),
      text: (el.textContent ?? '').trim(),
      href: el.getAttribute('href') ?? '',
      type: el.getAttribute('type') ?? '',
    };
  });
}

/** Presses `key` (Tab or Shift+Tab) until the focused element matches, or fails. */
async function moveTo(
  page: Page,
  matches: (f: Focused) => boolean,
  what: string,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<Focused> {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    if (now && matches(now)) return now;
  }
  throw new Error(`${key} never reached ${what}`);
}

const ENDINGS = ['resolved', 'escalation'];

async function stepKind(page: Page): Promise<string> {
  const step = page.locator('[data-node-kind]');
  await expect(step).toHaveCount(1);
  return (await step.getAttribute('data-node-kind')) ?? '';
}

/** Focus lands on the new step's heading, so a screen reader starts reading there. */
async function expectFocusOnHeading(page: Page): Promise<void> {
  await expect(page.locator('main h1')).toBeFocused();
}

async function journey(page: Page, code: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  // The search opens a certain match on Enter once the page's script has started; a search
  // sent before that is a plain form, whose next page lists the matches instead.
  await appReady(page);
  // The front door: reach the error's link by Tab, or search for the code and press Enter.
  const search = page.getByRole('searchbox');
  if ((await search.count()) > 0) {
    await moveTo(page, (f) => f.tag === 'input' && f.type === 'search', 'the search box');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    // One certain match (102) opens its page at once; a bare 202 asks which one it was.
    await page.waitForURL(code === '102' ? /\/errors\/102$/ : /\/\?q=202$/);
  }
  if (new URL(page.url()).pathname !== `/errors/${code}`) {
    await moveTo(page, (f) => f.href.endsWith(`/errors/${code}`), `the Error ${code} link`);
    await page.keyboard.press('Enter');
  }
  await expect(page).toHaveURL(new RegExp(`/errors/${code}$`));

  // "I don't know": the questions from the start (the situations above it go straight to a fix).
  await moveTo(page, (f) => f.text.startsWith('I don’t know: guide me'), '"I don’t know"');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/step\//);
  // A new page: its answers are plain links (a page load, focus at the top) until the wizard has
  // started, and then move focus to the next step's heading.
  await appReady(page);

  const visited = new Set<string>();
  const kinds: string[] = [];
  for (let step = 0; step < 40; step++) {
    const kind = await stepKind(page);
    kinds.push(kind);
    if (ENDINGS.includes(kind)) break;
    // The first step is a new page (focus starts at its top, where the skip link is); after
    // that, each answer moves focus to the new step's heading.
    if (step > 0) await expectFocusOnHeading(page);
    visited.add(new URL(page.url()).pathname);

    // A fix's steps can be ticked off with Space.
    const boxes = page.locator('main input[type="checkbox"]');
    if ((await boxes.count()) > 0) {
      await moveTo(page, (f) => f.type === 'checkbox', 'a checkbox');
      await page.keyboard.press('Space');
      await expect(page.locator('main input[type="checkbox"]:focus')).toBeChecked();
    }

    // Prefer an answer that leads somewhere new (retry loops lead back).
    const hrefs = await page
      .locator('main ul[aria-label="Choices"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const next = hrefs.find((h) => !visited.has(new URL(h, 'http://x').pathname)) ?? hrefs[0] ?? '';
    expect(next, `a way on from a ${kind} step`).not.toBe('');
    await moveTo(page, (f) => f.href === next, `the answer ${next}`);

    // Once per journey: Shift+Tab back to the previous control and Tab forward again.
    if (step === 1) {
      await page.keyboard.press('Shift+Tab');
      await moveTo(page, (f) => f.href === next, `the answer ${next} again`);
    }
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(next.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '$'));
  }
  expect(ENDINGS).toContain(kinds.at(-1));
  await expect(page.locator('main h1')).not.toBeEmpty();
  expect(errors).toEqual([]);
  return kinds;
}

for (const code of ['202', '102']) {
  test(`Error ${code}: from the front door to an ending with the keyboard alone`, async ({
    page,
  }) => {
    const kinds = await journey(page, code);
    expect(kinds.length).toBeGreaterThan(1);
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/errors/102');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
