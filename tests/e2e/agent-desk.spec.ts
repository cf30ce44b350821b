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

test('below 1100 px one column: the question, script and answers first, then the map', async ({
  page,
}) => {
  // 1000 px: a small laptop, or a 1366 px one at 125% zoom (about 1093 CSS px).
  await page.setViewportSize({ width: 1000, height: 800 });
  await startCall(page, '102');
  await stepSettled(page);
  await expect(choices(page)).toHaveCount(4);
  await expectDeskInView(page, 'step 1 at 1000 px', false);
  // The map, notes and summary follow the step, in the page and in tab order.
  const map = side(page).locator('.agent-map svg');
  await expect(map).toBeVisible();
  const mapAfterAnswers = await choices(page)
    .last()
    .evaluate(
      (answer, mapBox) =>
        mapBox !== null &&
        (answer.compareDocumentPosition(mapBox) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      await map.elementHandle(),
    );
  expect(mapAfterAnswers).toBe(true);
  await expect(page.locator('.agent-layer .agent-map')).toHaveCount(0);
  // Widened past 1100 px, the same call becomes a desk: the column moves beside the step.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expectDeskInView(page, 'step 1 at 1280 px');
  // Back to 1000 px for the rest of the call, by keyboard: a fix's long script keeps its answers
  // on the first screen too.
  await page.setViewportSize({ width: 1000, height: 800 });
  const [, ...call] = CALLS[1].answers;
  await pressAnswer(page, CALLS[1].answers[0]);
  for (const [index, answer] of call.entries()) {
    await stepSettled(page);
    await expectDeskInView(page, `step ${index + 2} at 1000 px`, false);
    if (index === 1) {
      // A fix, with its script in a box of its own: clean for axe in light and dark.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        const fix = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(fix.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
      }
    }
    await pressAnswer(page, answer);
  }
});

/** How many more lines the box shows than the text has: lines the box wrapped again. */
const wrappedAgain = (box: Element): number => {
  const style = getComputedStyle(box);
  const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const written = (box.textContent ?? '').replace(/\n$/, '').split('\n').length;
  return Math.round((box.scrollHeight - padding) / parseFloat(style.lineHeight)) - written;
};

test('the summary’s lines fit the desk’s column as written, and print in full without the notes box', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('/errors/102/step/local-settings?s=83hv-22&mode=agent');
  await stepSettled(page);
  await page.keyboard.press('s');
  const summary = side(page).getByLabel('Call summary text');
  await expect(summary).toBeFocused();
  const fits = (box: Element) => box.scrollWidth <= box.clientWidth;
  for (const width of [1600, 1280, 1100]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await summary.evaluate(wrappedAgain), `no line wraps twice at ${width} px`).toBe(0);
    // Where 72 columns cannot fit at a readable size, the box scrolls sideways (it takes focus).
    if (width >= 1280)
      expect(await summary.evaluate(fits), `all in view at ${width} px`).toBe(true);
  }
  await expect(summary).toHaveCSS('overflow-x', 'auto');
  await page.setViewportSize({ width: 1280, height: 800 });

  // On paper: the step and the whole summary (even when its box was closed); no empty notes box.
  await page.keyboard.press('Escape');
  await side(page).locator('details.agent-disclosure:not(.agent-map) > summary').click();
  await expect(side(page).locator('details:not(.agent-map)')).not.toHaveAttribute('open');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Link for the caller');
  const whole = (box: Element) =>
    box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight;
  expect(await summary.evaluate(whole), 'the printed summary is not clipped').toBe(true);
  await expect(side(page).getByRole('textbox', { name: /Notes for step/ })).toBeHidden();
  await expect(side(page).locator('.agent-map')).toBeHidden();
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

test('at 390x844 the question, the script and the first answers are on the first screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startCall(page, '102');
  await stepSettled(page);
  await expect.poll(() => inView(choices(page).first())).toBe(true);
  await expect
    .poll(() => inView(page.getByRole('region', { name: /say to the caller/i })))
    .toBe(true);
});

test('at 390 px the agent’s map, in line, opens on the step on screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  const tree = guidedTrees().get('202');
  if (!tree) throw new Error('no 202 guide');
  const [deepest] = [...shortestRoutes(tree)].reduce((a, b) => (b[1].length > a[1].length ? b : a));
  await page.goto(stepUrl('202', deepest, 'agent'));
  await appReady(page);
  const map = side(page).locator('.agent-map');
  const box = map.getByRole('region', { name: 'The map, which scrolls' });
  await expect(map.locator('.map-here')).toHaveCount(1);
  // The map follows the step in one column: bring the box itself on screen, then look inside.
  await box.scrollIntoViewIfNeeded();
  await expect.poll(() => inView(map.locator('.map-mark--current'), box)).toBe(true);
});
