import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { choicesOf, encodeSession } from '../../src/engine/index.ts';
import { guidedTrees, shortestRoutes } from './content-routes.ts';
import { appReady, collectErrors } from './pages.ts';
import { choiceLinks, sessionOf, startHref } from './walk.ts';

/**
 * The tree map (/errors/<code>/map): a prerendered page with its own small script. Node ids are
 * read from the page itself, never written here, so the trees can change shape freely.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const MAP = '/errors/102/map';

const diagramNodes = (page: Page) => page.locator('.map-svg .map-nodes > [data-node-id]');
const listNodes = (page: Page) => page.locator('.map-list li[data-node-id]');
const pathOf = (href: string) => {
  const url = new URL(href, 'http://localhost');
  return `${url.pathname}${url.search}`;
};

/**
 * A step two answers in whose own answers lead on to more steps (not only to endings), found
 * from the content; the page walks there by clicking, as a person would.
 */
async function stepTwoAnswersIn(page: Page): Promise<string> {
  const tree = guidedTrees().get('102');
  const routes = tree ? shortestRoutes(tree) : new Map();
  const [, answers = []] =
    [...routes].find(([id, route]) => {
      const node = tree?.nodes.get(id);
      return (
        route.length === 2 &&
        node !== undefined &&
        choicesOf(node).some((c) => choicesOf(tree?.nodes.get(c.next) ?? node).length > 0)
      );
    }) ?? [];
  await page.goto(await startHref(page, '102'));
  for (const answer of answers) {
    const before = page.url();
    await choiceLinks(page).nth(answer).click();
    await expect(page).not.toHaveURL(before);
  }
  return pathOf(page.url());
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the whole map and the list, every step a link by its shortest route', async ({
    page,
  }) => {
    const response = await page.goto(MAP);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Map of the Error 102 guide');
    const ids = await diagramNodes(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-node-id') ?? ''),
    );
    expect(ids.length).toBeGreaterThan(5);
    const listed = await listNodes(page).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-node-id') ?? ''),
    );
    expect([...listed].sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const link = page.locator(`.map-svg a[data-node-id="${id}"]`);
      const href = (await link.getAttribute('href')) ?? '';
      expect(href, id).toMatch(new RegExp(`^/errors/102/step/${id}\\?s=[0-9a-z]{4}-[0-9a-z]*$`));
      await expect(page.locator(`li[data-node-id="${id}"] > p > a`)).toHaveAttribute('href', href);
    }
    // The first step opens with no answers yet.
    const first = await diagramNodes(page).first().getAttribute('href');
    expect(sessionOf(first ?? '')).toMatch(/^[0-9a-z]{4}-$/);
    await expect(page.locator('[data-map-note]:visible')).toHaveCount(0);
  });

  test('offers the Mermaid and DOT text and the layout as files', async ({ page }) => {
    await page.goto(MAP);
    await page.getByText('For authors').click();
    const mermaid = page.getByRole('link', { name: 'Mermaid flowchart (.mmd)' });
    const dot = page.getByRole('link', { name: 'Graphviz digraph (.dot)' });
    for (const [link, start] of [
      [mermaid, /^%% .*\n.*\nflowchart TD\n/],
      [dot, /^\/\/ .*\n.*\ndigraph "102" \{\n/],
    ] as const) {
      await expect(link).toHaveAttribute('download', '');
      const file = await page.request.get((await link.getAttribute('href')) ?? '');
      expect(file.status()).toBe(200);
      expect(await file.text()).toMatch(start);
    }
    const layout = await page.request.get('/errors/102/map/layout.json');
    expect((await layout.json()).version).toBe(1);
  });
});

test('loads its own small script, not the app, under the strict policy', async ({ page }) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  const response = await page.goto(`${MAP}?s=zzzz-0`);
  await appReady(page);
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatch(/^\/assets\/map-[\w-]+\.js$/);
  const html = (await response?.text()) ?? '';
  // The page's own policy names its inline parts; the header (the whole site's) names them too,
  // and adds frame-ancestors, which a meta tag cannot carry (security.spec.ts checks the rest).
  const policy = response?.headers()['content-security-policy'] ?? '';
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  const hashes = meta.match(/'sha256-[^']+'/g) ?? [];
  expect(hashes).toHaveLength(3); // the boot loader, the page's style, the no-script style
  for (const hash of hashes) expect(policy).toContain(hash);
  // Its scripts: the hashed boot loader (see security.spec.ts), which fetches the map script
  // after the first paint, and the tree's shape as data.
  expect(html.match(/<script\b[^>]*>/g)?.length).toBe(2);
  expect(html).toContain('<script type="application/json" id="map-shape">');
  expect(html).not.toMatch(/\sstyle=/);
  expect(errors).toEqual([]);
});

test('with a session: the path lit, the current step marked, and links to what can be reached', async ({
  page,
}) => {
  const step = await stepTwoAnswersIn(page);
  const current = /\/step\/([^?]+)/.exec(step)?.[1] ?? '';
  const session = sessionOf(step);
  await page.goto(`${MAP}?s=${session}`);

  const here = page.locator('[data-map-note="here"]');
  await expect(here).toBeVisible();
  await expect(here.getByRole('link', { name: 'Go back to this step' })).toHaveAttribute(
    'href',
    step,
  );
  // The current step, in the diagram and the list, links to the step the session is at.
  const marked = page.locator('[aria-current="step"]');
  await expect(marked).toHaveCount(2);
  for (const link of await marked.all()) await expect(link).toHaveAttribute('href', step);
  await expect(page.locator(`.map-svg [data-node-id="${current}"]`)).toHaveClass(
    /map-mark--current/,
  );
  await expect(page.locator('.map-here')).toHaveText('You are here');
  // Two answers taken: two edges lit in each view, the first two steps on the path.
  await expect(page.locator('.map-svg [data-edge-id].map-mark--path')).toHaveCount(2);
  await expect(page.locator('.map-list [data-edge-id].map-mark--path')).toHaveCount(2);
  await expect(page.locator('.map-svg [data-node-id].map-mark--path')).toHaveCount(2);
  await expect(page.getByText('Your answer', { exact: true })).toHaveCount(2);

  // The first step links back to no answers; a step ahead opens at that step.
  const first = diagramNodes(page).first();
  expect(sessionOf((await first.getAttribute('href')) ?? '')).toBe(`${session.split('-')[0]}-`);
  const ahead = page.locator(`.map-svg a[data-node-id][href]:not([data-node-id="${current}"])`);
  const aheadLinks = await ahead.evaluateAll((els) =>
    els.map((el) => ({ id: el.getAttribute('data-node-id'), href: el.getAttribute('href') ?? '' })),
  );
  const forward = aheadLinks.find((l) => sessionOf(l.href).length > session.length);
  expect(forward, 'a step ahead of the current one is a link').toBeTruthy();
  await page.goto(forward?.href ?? '/');
  await expect(
    page.locator(`[data-node-id="${forward?.id}"], [data-node-kind]`).first(),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    /could not|broken|damaged|older version/i,
  );
});

test('the roads not taken are not links once a session is read', async ({ page }) => {
  const step = await stepTwoAnswersIn(page);
  await page.goto(`${MAP}?s=${sessionOf(step)}`);
  await appReady(page);
  const unlinked = page.locator('.map-svg [data-node-id].map-mark--unreachable');
  const count = await unlinked.count();
  for (const el of await unlinked.all()) expect(await el.getAttribute('href')).toBeNull();
  await expect(page.locator('.map-list li.map-mark--unreachable > p > a[href]')).toHaveCount(0);
  // Two answers in, some branch of the first question has been passed by.
  expect(count).toBeGreaterThan(0);
});

for (const [name, session, note] of [
  ['made for an older version of the guide', 'zzzz-01', 'older version of this guide'],
  ['damaged', '%25%25%25', 'This map link is damaged'],
  ['with an answer that does not exist', 'AAAA-zzzzzz', 'damaged'],
] as const) {
  test(`a session ${name} shows the plain map with a note`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(`${MAP}?s=${session}`);
    await expect(page.locator('[data-map-note]:visible')).toHaveCount(1);
    await expect(page.locator('[data-map-note]:visible')).toContainText(
      name.includes('exist') ? /damaged|older version/ : note,
    );
    await expect(page.locator('.map-mark--current')).toHaveCount(0);
    await expect(page.locator('.map-svg a[data-node-id]:not([href])')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}

test('axe: no WCAG 2.2 AA violation, light and dark, with the path lit', async ({ page }) => {
  const step = await stepTwoAnswersIn(page);
  await page.goto(`${MAP}?s=${sessionOf(step)}`);
  await expect(page.locator('.map-here')).toBeVisible();
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    for (const v of results.violations) {
      found.push(`${colorScheme}: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  expect(found).toEqual([]);
});

test('at 320 px the page does not scroll sideways: the map pans in its own named region', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(MAP);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(320);
  const region = page.getByRole('region', { name: 'The map, which scrolls' });
  await expect(region).toHaveAttribute('tabindex', '0');
  const pans = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
  expect(pans).toBe(true);
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  await expect(listNodes(page).first().locator(':scope > p > a')).toBeVisible();
});

test('Tab moves through the map’s steps top to bottom', async ({ page }) => {
  await page.goto(MAP);
  await page.getByRole('region', { name: 'The map, which scrolls' }).focus();
  const tops: number[] = [];
  const ids: string[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const id = el?.closest('svg') ? el.getAttribute('data-node-id') : null;
      const box = el?.getBoundingClientRect();
      return id && box ? { id, middle: box.top + box.height / 2 + window.scrollY } : undefined;
    });
    if (!focused) break;
    ids.push(focused.id);
    tops.push(focused.middle);
  }
  expect(ids).toHaveLength(await diagramNodes(page).count());
  for (let i = 1; i < tops.length; i++) {
    expect(tops[i] ?? 0, `${ids[i]} after ${ids[i - 1]}`).toBeGreaterThanOrEqual(
      (tops[i - 1] ?? 0) - 1,
    );
  }
});

test('agent mode shows the map beside the script, the call’s answers lit', async ({ page }) => {
  const step = await stepTwoAnswersIn(page);
  await page.goto(`${step}&mode=agent`);
  const map = page.locator('details.agent-map');
  await expect(map.locator('svg')).toBeVisible();
  const current = /\/step\/([^?]+)/.exec(step)?.[1] ?? '';
  await expect(map.locator(`[data-node-id="${current}"]`).first()).toHaveClass(/map-mark--current/);
  await expect(map.locator('[data-edge-id].map-mark--path')).toHaveCount(2);
  const axe = await new AxeBuilder({ page }).include('details.agent-map').withTags(TAGS).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

/** Whether the whole of the element is inside the map's box as it shows it, and the window's width. */
async function shownInBox(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const box = document.querySelector('.map-scroll')?.getBoundingClientRect();
    const parts = [...document.querySelectorAll(target)].map((el) => el.getBoundingClientRect());
    if (!box || parts.length === 0) return false;
    return parts.every(
      (r) =>
        r.left >= Math.max(box.left, 0) - 0.5 &&
        r.right <= Math.min(box.right, innerWidth) + 0.5 &&
        r.top >= box.top - 0.5 &&
        r.bottom <= box.bottom + 0.5,
    );
  }, selector);
}

for (const width of [390, 1280, 1600]) {
  test(`at ${width} px the map opens on the first question, or on the step you are at`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    const tree = guidedTrees().get('202');
    if (!tree) throw new Error('no 202 guide');
    await page.goto('/errors/202/map');
    await appReady(page);
    const first = `.map-svg [data-node-id="${tree.start}"]`;
    await expect.poll(() => shownInBox(page, first), 'the first question').toBe(true);

    // The step furthest from the start (by its shortest route), off to one side of the map.
    const [deepest, answers = []] = [...shortestRoutes(tree)].reduce((a, b) =>
      b[1].length > a[1].length ? b : a,
    );
    const session = encodeSession(tree, { answers });
    await page.goto(`/errors/202/map?s=${session}`);
    await appReady(page);
    const here = `.map-svg [data-node-id="${deepest}"].map-mark--current`;
    await expect(page.locator(here)).toHaveCount(1);
    await expect.poll(() => shownInBox(page, `${here}, .map-svg .map-here`), deepest).toBe(true);
    // And the page shows it: the step is inside the window, top to bottom.
    await expect
      .poll(() =>
        page.locator(here).evaluate((el) => {
          const r = el.getBoundingClientRect();
          return r.top >= 0 && r.bottom <= innerHeight;
        }),
      )
      .toBe(true);
  });
}
