import { expect, test } from '@playwright/test';

// Every neighbouring code listed on the front door has a page that points to Intuit's help.
test('every neighbour page loads with its h1, an Intuit help link and the scam warning', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/');
  const list = page.getByRole('list', { name: 'Other codes we can help you tell apart' });
  const hrefs = await list
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 }), href).not.toBeEmpty();
    for (const name of ['What it is', 'Where to go', 'Sources'])
      await expect(page.getByRole('heading', { level: 2, name }), href).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: /^How to tell it from/ }),
    ).toBeVisible();
    const intuit = page.locator('a[href^="https://quickbooks.intuit.com/"]').first();
    await expect(intuit, href).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(page.getByText('Beware of fake support numbers.'), href).toBeVisible();
    await expect(
      page.getByRole('link', { name: /^Open the Error .+ guide$/ }).first(),
    ).toBeVisible();
  }
  expect(errors).toEqual([]);
});

test('a third-party code says it is not confirmed by Intuit', async ({ page }) => {
  await page.goto('/errors/ol-202');
  await expect(page.getByText('Commonly reported; not confirmed by Intuit.')).toBeVisible();
  await page.getByRole('link', { name: 'Open the Error 202 guide' }).click();
  await expect(page).toHaveURL(/\/errors\/202$/);
});
