import { expect, test } from '@playwright/test';
import { readContentDir } from '../../src/content/read-content-dir.ts';
import { staticPages } from './pages.ts';

/** The neighbouring codes that link into one of our guides, read from the content. */
function neighboursInGuides() {
  const result = readContentDir(process.cwd(), 'content');
  if (!result.ok) throw new Error('content/ does not compile: run npm run check:content');
  return result.content.errors.flatMap((entry) =>
    entry.kind === 'neighbour' && entry.inGuide
      ? [
          {
            slug: entry.slug,
            code: entry.code,
            guide: entry.inGuide.slug,
            nodeId: entry.inGuide.nodeId,
            stepTitle: entry.inGuide.stepTitle,
            linkName:
              entry.inGuide.answers.length === 0
                ? `Start the Error ${entry.inGuide.slug.toUpperCase()} guide`
                : `Go to the step: ${entry.inGuide.stepTitle}`,
          },
        ]
      : [],
  );
}

// Every neighbouring code listed on the front door has a page that points to Intuit's help. One
// test per page (a loop over every page came near a test's time on a busy machine, issue 24).
const neighbourPaths = staticPages()
  .filter((p) => p.kind === 'neighbour')
  .map((p) => p.path);

test('the front door lists every neighbouring code', async ({ page }) => {
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Other codes we can help you tell apart' });
  const hrefs = await list
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect([...hrefs].sort()).toEqual([...neighbourPaths].sort());
});

for (const href of neighbourPaths) {
  test(`${href} loads with its h1, an Intuit help link and the scam warning`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).not.toBeEmpty();
    for (const name of ['What it is', 'Where to go', 'Sources'])
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /^How to tell it from/ }),
    ).toBeVisible();
    // Intuit's own page for the code, or (where Intuit has none) intuit.com itself: never a
    // search address that may not exist.
    const intuit = page
      .getByRole('region', { name: 'Where to go' })
      .locator('a[href^="https://"][href*="intuit.com/"]')
      .first();
    await expect(intuit).toBeVisible();
    expect(await intuit.getAttribute('href')).not.toMatch(/search\?q=/);
    await expect(intuit).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByText('Watch out for scams.')).toBeVisible();
    await expect(
      page.getByRole('link', { name: /^Open the Error .+ guide$/ }).first(),
    ).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('a third-party code says it is not confirmed by Intuit', async ({ page }) => {
  await page.goto('/errors/ol-202');
  await expect(page.getByText('Commonly reported; not confirmed by Intuit.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the Error 202 guide' }).click();
  await expect(page).toHaveURL(/\/errors\/202$/);
});

// A code that one of our guides covers (H505 in the H202 guide, OL-393 in OL-301) keeps its own
// address and wording, and its link opens the guide at the step that fits it.
for (const entry of neighboursInGuides()) {
  test(`${entry.code} keeps its page and opens the ${entry.guide} guide at ${entry.nodeId}`, async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const response = await page.goto(`/errors/${entry.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.code);
    await page.getByRole('link', { name: entry.linkName, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/errors/${entry.guide}/step/${entry.nodeId}\\?s=`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entry.stepTitle);
    expect(errors).toEqual([]);
  });
}

test('old addresses of codes that became guides open the guide', async ({ page }) => {
  const moved: readonly (readonly [string, string])[] = [
    ['h202', 'H202'],
    ['ol-301', 'OL-301'],
  ];
  for (const [slug, code] of moved) {
    const response = await page.goto(`/errors/${slug}`);
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(code);
    await expect(
      page.getByRole('region', { name: 'Which of these sounds like you?' }),
    ).toBeVisible();
  }
});
