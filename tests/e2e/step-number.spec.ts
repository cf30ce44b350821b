import { expect, test, type Page } from '@playwright/test';
import { guidedTrees, shortestRoutes, stepUrl } from './content-routes.ts';
import { appReady } from './pages.ts';

// One step number per screen (issue 22): the route's ("Step 2 of about 5"), the same in the
// owner's view, the agent's script and its items ("Step 2.1"). The source's numbered repairs are
// "Repair 1 of 3", never a second "step" number that a bookkeeper could name to a client.

/** A 102 fix that carries out numbered repairs, and its step number on its shortest route. */
function repairFix(): { readonly id: string; readonly number: number } {
  const tree = guidedTrees().get('102');
  if (!tree) throw new Error('no 102 guide');
  const routes = shortestRoutes(tree);
  for (const [id, node] of tree.nodes) {
    if (node.kind === 'fix' && node.origin?.kind === 'repair-steps') {
      return { id, number: (routes.get(id)?.length ?? 0) + 1 };
    }
  }
  throw new Error('no fix in 102 carries a numbered repair');
}

/** Every "Step N" (and "Step N.k") number the page's main content shows, as N. */
const stepNumbers = async (page: Page): Promise<number[]> =>
  [...(await page.locator('main').innerText()).matchAll(/\bsteps? (\d+)/gi)].map((m) =>
    Number(m[1]),
  );

for (const mode of [undefined, 'agent'] as const) {
  test(`a fix that is one of the source's repairs shows one step number (${mode ?? 'owner'})`, async ({
    page,
  }) => {
    const fix = repairFix();
    await page.goto(stepUrl('102', fix.id, mode));
    await appReady(page);
    if (mode === 'agent') {
      await expect(page.getByRole('region', { name: /say to the caller/i })).toContainText(
        `Step ${fix.number}.1`,
      );
    }
    await expect(page.getByText(/^Repairs? [\d, and]+ of \d+$/).first()).toBeVisible();
    const numbers = await stepNumbers(page);
    expect(numbers.length).toBeGreaterThan(0);
    expect(new Set(numbers)).toEqual(new Set([fix.number]));
  });
}
