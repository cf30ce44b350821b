import { readFileSync } from 'node:fs';
import { expect, test, type Route } from '@playwright/test';
import {
  encodeSession,
  sessionFromLabels,
  stepModelOf,
  type Tree,
} from '../../src/engine/index.ts';
import { paths } from '../../src/routing/paths.ts';
import { guidedTrees, shortestRoutes } from './content-routes.ts';
import { appReady } from './pages.ts';

// A step page never shows a path that was not taken (issue 22). Each step is prerendered for
// the shortest route to it; reached by another route, the page as served (no JavaScript) and as
// first painted shows no history at all, and once the script has read the link, exactly its
// answers, with Back to where the person came from.

const SLUG = '102';

/** Every route of the guide as its answers' labels, from tests/routes/102.txt. */
function recordedRoutes(): string[][] {
  const text = readFileSync(`tests/routes/${SLUG}.txt`, 'utf8');
  return text
    .split(/\n(?=Route \d+)/)
    .filter((block) => block.startsWith('Route '))
    .map((block) =>
      block
        .split('\n')
        .slice(1)
        .filter((line) => line.includes(' -> '))
        .map((line) => line.slice(line.lastIndexOf(' -> ') + 4)),
    );
}

/** Each step of each route: its address with the route's answers so far, and its title. */
function stepsOf(tree: Tree): Map<string, { title: string; given: number }> {
  const steps = new Map<string, { title: string; given: number }>();
  for (const labels of recordedRoutes()) {
    const session = sessionFromLabels(tree, labels);
    if (!session.ok) throw new Error(`tests/routes/${SLUG}.txt no longer matches the guide`);
    for (let n = 0; n <= session.value.answers.length; n++) {
      const answers = session.value.answers.slice(0, n);
      const model = stepModelOf(tree, { answers });
      if (!model.ok) throw new Error('a recorded route does not replay');
      const url = paths.step(SLUG, model.value.node.id, encodeSession(tree, { answers }));
      steps.set(url, { title: model.value.node.title, given: n });
    }
  }
  return steps;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a step reached by a longer route hides the step number of the route it was prerendered for', async ({
    page,
  }) => {
    const step = longerRouteStep();
    await page.goto(step.url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
    await expect(page.locator('.step__number')).toBeHidden();
    await expect(page).toHaveTitle(/^[^(]*· Error 102/);
  });

  test(`every step of every route of ${SLUG}, as served, shows no answers not in its link`, async ({
    request,
  }) => {
    test.slow();
    const tree = guidedTrees().get(SLUG);
    if (!tree) throw new Error(`no ${SLUG} guide`);
    const steps = stepsOf(tree);
    expect(steps.size).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const [url] of steps) {
      const html = await (await request.get(url)).text();
      if (/Your answers so far/.test(html)) wrong.push(`${url}: shows answers`);
      const backs = [...html.matchAll(/<a href="([^"]*)" class="back-link"/g)].map((m) => m[1]);
      if (backs.join() !== `/errors/${SLUG}`) wrong.push(`${url}: Back goes to ${backs.join()}`);
      // Its links carry no answers but the link's own (and those one answer on), or none.
      const route = new URL(url, 'http://x').searchParams.get('s') ?? '';
      const start = route.slice(0, route.indexOf('-') + 1);
      for (const [, carried = ''] of html.matchAll(/href="[^"]*[?&;]s=([^"&]*)/g)) {
        if (carried !== start && !carried.startsWith(route)) {
          wrong.push(`${url}: a link carries ${carried}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

/**
 * A step of the guide reached, in a recorded route, by more answers than the shortest route its
 * page is prerendered for (a question, when asked): its address and what it shows.
 */
function longerRouteStep(kind?: 'question'): { url: string; title: string; given: number } {
  const tree = guidedTrees().get(SLUG);
  if (!tree) throw new Error(`no ${SLUG} guide`);
  const shortest = shortestRoutes(tree);
  for (const [url, step] of stepsOf(tree)) {
    const node = (/\/step\/([^?]+)/.exec(url)?.[1] ?? '') as never;
    const longer = step.given > (shortest.get(node)?.length ?? step.given);
    if (longer && (!kind || tree.nodes.get(node)?.kind === kind)) return { url, ...step };
  }
  throw new Error(`no step of ${SLUG} is reached by a longer route than its shortest`);
}

test('on a slow phone, a step reached by a longer route never paints the shortest one', async ({
  page,
}) => {
  // A step whose shortest route is not the one in the link (the link has more answers).
  const step = longerRouteStep();
  const { url } = step;

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  // The page's script is held back, as on a phone too slow to start it: the page as painted.
  let release: (() => void) | undefined;
  const hold = async (route: Route) => {
    await new Promise<void>((resolve) => (release = resolve));
    await route.continue();
  };
  await page.route('**/assets/wizard-*.js', hold);
  await page.goto(url, { waitUntil: 'commit' });
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(step.title);
  await expect(page.getByRole('region', { name: 'Your answers so far' })).toHaveCount(0);
  await expect(page.locator('.back-link')).toHaveAttribute('href', `/errors/${SLUG}`);
  // Its step number would be the shortest route's: hidden until the script has read the link.
  await expect(page.locator('.step__number')).toBeHidden();

  // Once the script has read the link: exactly its answers, and Back one step along it.
  await expect.poll(() => release !== undefined).toBe(true);
  release?.();
  await appReady(page);
  const answers = page.getByRole('region', { name: 'Your answers so far' });
  await expect(answers.locator('.answers__row')).toHaveCount(step.given);
  await expect(page.locator('.back-link')).toHaveText('Back');
  await expect(page.locator('.step__number')).toHaveText(new RegExp(`^Step ${step.given + 1} of`));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
});

test('on a slow phone, an answer taken before the script starts keeps the route in the link', async ({
  page,
}) => {
  // A question reached by a longer route than the one its page was prerendered for.
  const step = longerRouteStep('question');
  const { url } = step;
  const route = new URL(url, 'http://x').searchParams.get('s') ?? '';

  // The page's script never starts, as on a phone too slow to start it before the tap.
  await page.route('**/assets/wizard-*.js', (r) => r.abort());
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
  await page.getByRole('list', { name: 'Choices' }).getByRole('link').first().click();
  await expect(page).not.toHaveURL(url);
  // The next page's link is this route and the answer taken, not the shortest route's answers.
  expect(new URL(page.url()).searchParams.get('s')).toBe(`${route}0`);
});

test('before the script starts, a step reached by its shortest route shows its step number', async ({
  page,
}) => {
  const tree = guidedTrees().get(SLUG);
  if (!tree) throw new Error(`no ${SLUG} guide`);
  const shortest = shortestRoutes(tree);
  const [url, step] =
    [...stepsOf(tree)].find(([href, s]) => {
      const node = (/\/step\/([^?]+)/.exec(href)?.[1] ?? '') as never;
      return s.given === 2 && shortest.get(node)?.length === 2;
    }) ?? [];
  if (!url || !step) throw new Error(`no step of ${SLUG} two answers in by its shortest route`);
  await page.route('**/assets/wizard-*.js', (r) => r.abort());
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(step.title);
  await expect(page.locator('.step__number')).toBeVisible();
  await expect(page.locator('.step__number')).toHaveText(/^Step 3 of/);
});
