import { expect, test } from '@playwright/test';
import { fingerprint } from '../../src/engine/index.ts';
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
  await expect(page).toHaveURL(/\/errors\/102\?link=not-in-guide&guide=202$/);
  await expect(page.getByText('This step link belongs to the Error 202 guide')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the Error 202 guide' })).toHaveAttribute(
    'href',
    '/errors/202',
  );
  await expect(page.getByText(/older version/)).toHaveCount(0);
});

test('a 202 link naming a step 102 has too is still 202’s, not "an older version"', async ({
  page,
}) => {
  const tree202 = guidedTrees().get('202');
  if (!tree202) throw new Error('no 202 guide');
  // 102's own step, with answers made in the 202 guide (its fingerprint): wait-for-bank?s=<202>-0.
  const link = stepUrl('102', 'wait-for-bank').replace(
    /s=[0-9a-z]{4}-/,
    `s=${fingerprint(tree202)}-`,
  );
  const response = await page.goto(link);
  expect(response?.status(), 'a prerendered step of 102').toBe(200);
  await appReady(page);
  await expect(page).toHaveURL(/\/errors\/102\?link=not-in-guide&guide=202$/);
  await expect(
    page.getByRole('heading', { name: 'This step link belongs to the Error 202 guide' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Open the Error 202 guide' }).click();
  await expect(page).toHaveURL(/\/errors\/202$/);
  await expect(h1(page)).toContainText('202');
});

test('a step name the guide does not have is the not-found page, naming the guide', async ({
  page,
}) => {
  const response = await page.goto('/errors/102/step/zzz');
  expect(response?.status(), 'the server says not found').toBe(404);
  await appReady(page);
  await expect(h1(page)).toHaveText('We could not find that page');
  await expect(page.getByText('The Error 102 guide has no step at this address.')).toBeVisible();
  await expect(page.getByText(/records your answers is missing|has no page for/)).toHaveCount(0);
  const guide = page.getByRole('list', { name: 'The guide to this error' }).getByRole('link');
  await expect(guide).toHaveAttribute('href', '/errors/102');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a step name the guide does not have is the not-found page, not "Opening your step"', async ({
    page,
  }) => {
    const response = await page.goto('/errors/102/step/zzz?s=0000-0');
    expect(response?.status()).toBe(404);
    await expect(h1(page)).toHaveText('We could not find that page');
    await expect(page.getByText(/Opening your step|needs JavaScript/)).toHaveCount(0);
  });
});
