import { expect, test } from '@playwright/test';
import { encodeSession } from '../../src/engine/index.ts';
import { guidedTrees, shortestRoutes } from './content-routes.ts';
import { startLoopbackProxy, type LoopbackProxy } from './loopback-proxy.ts';
import { appReady, collectErrors } from './pages.ts';

// A long page on a slow connection is painted before all of it has arrived, and the boot script
// starts the page's own script at that first paint (or after a second). That script must not
// run on half a page: the map would find no map to mark, and the wizard would take over a page
// still being written. A proxy in front of the production server sends each page in two parts,
// with a pause between them longer than the boot script's second.

const PAUSE_MS = 1500;
let proxy: LoopbackProxy;
let origin = '';

test.beforeAll(async ({ baseURL }) => {
  proxy = await startLoopbackProxy(baseURL ?? '', {
    respond: ({ headers, body }, response) => {
      if (!headers['content-type']?.startsWith('text/html')) return response.end(body);
      // The head and the page's first words now; the rest (the map, the steps) after the pause.
      const split = body.indexOf('<main');
      const cut = split > 0 ? split + 200 : body.length / 2;
      response.write(body.subarray(0, cut));
      setTimeout(() => response.end(body.subarray(cut)), PAUSE_MS);
    },
  });
  origin = proxy.origin;
});

test.afterAll(() => proxy.close());

test('the map marks the step in the link even when the page arrives slowly', async ({ page }) => {
  const errors = collectErrors(page);
  const tree = guidedTrees().get('202');
  if (!tree) throw new Error('no 202 guide');
  const [deepest, answers = []] = [...shortestRoutes(tree)].reduce((a, b) =>
    b[1].length > a[1].length ? b : a,
  );
  await page.goto(`${origin}/errors/202/map?s=${encodeSession(tree, { answers })}`);
  await appReady(page);
  await expect(page.locator(`.map-svg [data-node-id="${deepest}"].map-mark--current`)).toHaveCount(
    1,
  );
  await expect(page.locator('[data-map-note="here"]')).toBeVisible();
  expect(errors).toEqual([]);
});

test('the wizard takes over a step page only once it has all arrived', async ({ page }) => {
  const errors = collectErrors(page);
  const tree = guidedTrees().get('102');
  if (!tree) throw new Error('no 102 guide');
  const [id, answers = []] =
    [...shortestRoutes(tree)].find(([, route]) => route.length === 2) ?? [];
  if (!id) throw new Error('no step two answers into the 102 guide');
  await page.goto(`${origin}/errors/102/step/${id}?s=${encodeSession(tree, { answers })}`);
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByText(/^Step 3 of/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your answers so far' })).toBeVisible();
  expect(errors).toEqual([]);
});
