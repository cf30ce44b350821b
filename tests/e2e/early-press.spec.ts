import { expect, test, type Page } from '@playwright/test';
import { choicesOf, encodeSession, type NodeId, type Tree } from '../../src/engine/index.ts';
import { paths } from '../../src/routing/paths.ts';
import { guidedTrees, shortestRoutes, stepUrl } from './content-routes.ts';
import { startLoopbackProxy, type LoopbackProxy } from './loopback-proxy.ts';

// A page shows, and its buttons can be pressed, before its script has arrived (a slow phone, a
// busy machine). A button pressed then must not do nothing: the boot script remembers it and
// presses it again once the page is ready. A proxy in front of the production server holds the
// page's scripts back until the test lets them through, and notes every event the page sends.

let proxy: LoopbackProxy;
let origin = '';
let release: () => void = () => undefined;
let released: Promise<void> = Promise.resolve();
const sentEvents: string[] = [];

const holdScripts = (): void => {
  released = new Promise((resolve) => {
    release = resolve;
  });
};

test.beforeAll(async ({ baseURL }) => {
  proxy = await startLoopbackProxy(baseURL ?? '', {
    onRequest: async (url, body) => {
      if (url.startsWith('/api/events')) sentEvents.push(body.toString('utf8'));
      if (url.endsWith('.js')) await released;
    },
  });
  origin = proxy.origin;
});

test.afterAll(async () => {
  release();
  await proxy.close();
});

/** A resolved step of a tree reached by a route other than the shortest one to it. */
function longerRouteToResolved(tree: Tree): { id: NodeId; answers: number[] } {
  const shortest = shortestRoutes(tree);
  const stack: { id: NodeId; answers: number[] }[] = [{ id: tree.start, answers: [] }];
  while (stack.length > 0) {
    const { id, answers } = stack.pop() ?? { id: tree.start, answers: [] };
    const node = tree.nodes.get(id);
    if (!node || answers.length > 8) continue;
    if (node.kind === 'resolved' && answers.join() !== shortest.get(id)?.join()) {
      return { id, answers };
    }
    choicesOf(node).forEach((choice, i) =>
      stack.push({ id: choice.next, answers: [...answers, i] }),
    );
  }
  throw new Error('no resolved step is reached by two routes');
}

async function pressYesBeforeTheScript(page: Page, path: string): Promise<void> {
  holdScripts();
  await page.goto(`${origin}${path}`, { waitUntil: 'domcontentloaded' });
  const yes = page.getByRole('button', { name: 'Yes', exact: true });
  await yes.click();
  // The press came before the script: nothing has taken over yet.
  await expect(page.locator('html')).not.toHaveAttribute('data-app-ready', /.*/);
  await expect(page.getByText('Thank you for telling us.')).toHaveCount(0);
  release();
  await expect(page.getByText('Thank you for telling us.')).toBeVisible();
  await expect(yes).toHaveCount(0);
}

// H202's endings: no other journey compares the counts of its answers.
const GUIDE = 'h202';

test('"Was this helpful?" pressed before the script has arrived is answered once it has', async ({
  page,
}) => {
  const before = sentEvents.length;
  // An answer this browser saved on another visit: it is still being read when the press is
  // made again, and neither may replace the other.
  holdScripts();
  await page.goto(`${origin}/privacy`, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() =>
    localStorage.setItem(
      'fixpath:feedback',
      JSON.stringify({ version: 1, state: { helpful: { '202:fixed-earlier': 'no' } } }),
    ),
  );
  release();
  await pressYesBeforeTheScript(page, stepUrl(GUIDE, 'fixed-common'));
  const kept = await page.evaluate(() => localStorage.getItem('fixpath:feedback') ?? '');
  expect(kept).toContain(`"${GUIDE}:fixed-common":"yes"`);
  expect(kept).toContain('"202:fixed-earlier":"no"');
  // Counted once: the early press is pressed again once, not twice.
  await page.goto(`${origin}/`);
  await expect
    .poll(() => sentEvents.slice(before).join('\n').split('"kind":"helpful"').length - 1)
    .toBe(1);
});

test('the same press on a page the wizard renders afresh (another route) is answered too', async ({
  page,
}) => {
  const tree = guidedTrees().get(GUIDE);
  if (!tree) throw new Error(`no ${GUIDE} guide`);
  const { id, answers } = longerRouteToResolved(tree);
  await pressYesBeforeTheScript(page, paths.step(GUIDE, id, encodeSession(tree, { answers })));
  expect(await page.evaluate(() => localStorage.getItem('fixpath:feedback') ?? '')).toContain(
    `"${GUIDE}:${id}":"yes"`,
  );
});
