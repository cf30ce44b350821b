import { expect, test } from '@playwright/test';
import { guidedTrees, stepUrl } from './content-routes.ts';
import { appReady } from './pages.ts';

// Addresses that are not Fixpath's pages, or not this guide's (issue 22): each says plainly what
// it is. The status codes are the server's (src/server/); these check what the page says.

const h1 = (page: import('@playwright/test').Page) => page.getByRole('heading', { level: 1 });

test('a step address under an unknown code is the not-found page, naming the code', async ({
  page,
}) => {
  const response = await page.goto('/errors/abc/step/x');
  expect(response?.status(), 'the server says not found too').toBe(404);
  await appReady(page);
  await expect(h1(page)).toHaveText('We could not find that page');
  await expect(page.getByText('Fixpath has no page for “abc”.')).toBeVisible();
});

test('an unknown page under a code we cover names that guide, not a code it "does not have"', async ({
  page,
}) => {
  await page.goto('/errors/102/checklist/zzz');
  await appReady(page);
  await expect(h1(page)).toHaveText('We could not find that page');
  await expect(page.getByText('The Error 102 guide has no page at this address.')).toBeVisible();
  await expect(page.getByText(/has no page for “102”|Did you mean/)).toHaveCount(0);
  const guide = page.getByRole('list', { name: 'The guide to this error' }).getByRole('link');
  await expect(guide).toHaveAttribute('href', '/errors/102');
});

test('a 202 step link opened in the 102 guide says it belongs to another guide', async ({
  page,
}) => {
  const tree = guidedTrees().get('202');
  if (!tree) throw new Error('no 202 guide');
  // The 202 guide's first step, with its own answers, under /errors/102.
  const link = stepUrl('202', tree.start).replace('/errors/202/', '/errors/102/');
  await page.goto(link);
  await appReady(page);
  await expect(page).toHaveURL(/\/errors\/102\?link=not-in-guide/);
  await expect(page.getByText('This step link belongs to another guide')).toBeVisible();
  await expect(page.getByText(/older version/)).toHaveCount(0);
});
