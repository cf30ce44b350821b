import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { guidedTrees, shortestRoutes, stepUrl } from './content-routes.ts';
import { appReady, collectErrors } from './pages.ts';

// The agent's desk (issue 22): from 1100 px up, the step, its script and its answers on the left,
// all above the fold; the map on the right, in view, moved to the step on screen at every step;
// notes and the summary one key away without the answers leaving the screen. Keyboard only.

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const START = 'I don’t know: guide me with a few questions';
const DESKS = [
  { width: 1280, height: 800 },
  { width: 1600, height: 900 },
] as const;

/** Two whole calls, as the answers given at each step (tests/routes/202.txt and 102.txt, route 3). */
const CALLS = [
  {
    code: '202',
    answers: [
      'Nothing yet',
      'status.intuit.com lists a problem',
      'Intuit’s all clear now, but I still see Error 202',
      'It asks for a code, or to confirm it’s me',
      'No, I still see the error',
      'Yes, the error is gone',
    ],
  },
  {
    code: '102',
    answers: [
      'A maintenance page, or the site won’t load',
      'The website is back, but QuickBooks still fails',
      'No, I still see the error',
      'Only this account fails; my other accounts at this bank update',
      'Yes, the error is gone',
    ],
  },
] as const;

/** Straight and curly apostrophes alike: the content uses either. */
const label = (text: string): RegExp =>
  new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[’']/g, "['’]")}$`);

/** Whether the whole of the element's box is inside the window (and inside `within`, if given). */
async function inView(target: Locator, within?: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const page = target.page();
  const size = page.viewportSize();
  if (!box || !size) return false;
  const frame = within ? await within.boundingBox() : { x: 0, y: 0, ...size };
  if (!frame) return false;
  const inside = (outer: { x: number; y: number; width: number; height: number }) =>
    box.x >= outer.x - 0.5 &&
    box.y >= outer.y - 0.5 &&
    box.x + box.width <= outer.x + outer.width + 0.5 &&
    box.y + box.height <= outer.y + outer.height + 0.5;
  return inside({ x: 0, y: 0, ...size }) && inside(frame);
}

const choices = (page: Page) => page.getByRole('list', { name: 'Choices' }).getByRole('link');
const side = (page: Page) => page.locator('.agent-desk__side');

/** The step is fully drawn: the app has started, the script and the map have loaded. */
async function stepSettled(page: Page): Promise<void> {
  await appReady(page);
  const panel = page.getByRole('region', { name: /say to the caller/i });
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('status')).toHaveCount(0);
  await expect(side(page).locator('.map-here')).toHaveCount(1);
}

/** Every answer, and (unless `map` is false) the "You are here" node with its tab, are on the screen. */
async function expectDeskInView(page: Page, step: string, map = true): Promise<void> {
  const links = choices(page);
  const count = await links.count();
  for (let i = 0; i < count; i++) {
    await expect.poll(() => inView(links.nth(i)), `${step}: answer ${i + 1} in view`).toBe(true);
  }
  if (!map) return;
  const box = side(page).getByRole('region', { name: 'The map, which scrolls' });
  const here = side(page).locator('.map-mark--current');
  await expect.poll(() => inView(here, box), `${step}: the current step in the map`).toBe(true);
  await expect.poll(() => inView(side(page).locator('.map-here'), box), step).toBe(true);
}

async function pressAnswer(page: Page, answer: string): Promise<void> {
  const link = page
    .getByRole('list', { name: 'Choices' })
    .getByRole('link', { name: label(answer) });
  const digit = (await link.locator('kbd').textContent()) ?? '';
  expect(digit, `the digit shown on "${answer}"`).toMatch(/^[1-9]$/);
  const before = page.url();
  await page.keyboard.press(digit);
  await expect(page).not.toHaveURL(before);
}

async function startCall(page: Page, code: string): Promise<void> {
  await page.goto(`/errors/${code}?mode=agent`);
  await appReady(page);
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (focused === START) break;
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/step\/.+mode=agent/);
}

for (const desk of DESKS) {
  for (const call of CALLS) {
    test(`a ${call.code} call at ${desk.width}x${desk.height}: answers and the map's current step in view at every step`, async ({
      page,
    }) => {
      const errors = collectErrors(page);
      await page.setViewportSize(desk);
      await startCall(page, call.code);
      for (const [index, answer] of call.answers.entries()) {
        const step = `step ${index + 1}`;
        await stepSettled(page);
        await expectDeskInView(page, step);
        if (index === 1) {
          // N: the notes, beside the answers; S: the summary with the times; the answers stay.
          await page.keyboard.press('n');
          await expect(side(page).getByRole('textbox', { name: /Notes for step/ })).toBeFocused();
          await page.keyboard.press('Escape');
          await page.keyboard.press('s');
          const summary = side(page).getByLabel('Call summary text');
          await expect(summary).toBeFocused();
          await expect(summary).toContainText('(at ');
          await expect.poll(() => inView(summary)).toBe(true);
          // The summary takes the right-hand column's room; the next step brings the map back.
          await expectDeskInView(page, `${step}, summary open`, false);
        }
        await pressAnswer(page, answer);
      }
      // The ending: the summary in the left-hand column, the map still on the ending.
      await appReady(page);
      await expect(page.getByRole('region', { name: 'Call summary' })).toBeVisible();
      await expect.poll(() => inView(side(page).locator('.map-mark--current'))).toBe(true);
      expect(errors).toEqual([]);
    });
  }
}

test('below 1100 px agent mode keeps one column, the map and notes in line', async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 800 });
  await startCall(page, '202');
  await expect(page.getByRole('region', { name: /say to the caller/i })).toBeVisible();
  await expect(page.locator('.agent-layer .agent-map svg')).toBeVisible();
  await expect(side(page)).toBeEmpty();
  // Widened past 1100 px, the same call becomes a desk.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(side(page).locator('.agent-map svg')).toBeVisible();
  await expect(page.locator('.agent-layer .agent-map')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the desk is clean for axe in ${colorScheme}, on a question and on a fix`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 1280, height: 800 });
    await startCall(page, '102');
    await stepSettled(page);
    const question = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(question.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    await pressAnswer(page, 'A maintenance page, or the site won’t load');
    await stepSettled(page);
    await pressAnswer(page, 'The website is back, but QuickBooks still fails');
    await stepSettled(page);
    const fix = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(fix.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test('at 390 px the agent’s map, in line, opens on the step on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const tree = guidedTrees().get('202');
  if (!tree) throw new Error('no 202 guide');
  const [deepest] = [...shortestRoutes(tree)].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  await page.goto(stepUrl('202', deepest, 'agent'));
  await appReady(page);
  const map = page.locator('.agent-layer .agent-map');
  const box = map.getByRole('region', { name: 'The map, which scrolls' });
  await expect(map.locator('.map-here')).toHaveCount(1);
  // The map is below the script in one column: bring the box itself on screen, then look inside.
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => inView(map.locator('.map-mark--current'), box)).toBe(true);
});
