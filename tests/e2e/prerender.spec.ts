import { expect, test } from '@playwright/test';
import { stepUrlsByKind } from './content-routes.ts';
import { appReady, collectErrors, staticPaths } from './pages.ts';

// One test per page (a loop over every page outgrew a test's time on a busy machine, issue 24).
const titles = new Map<string, string>();
for (const path of staticPaths()) {
  test(`${path} has its own title, description and preview tags, and no made-up address`, async ({
    page,
  }) => {
    const html = await (await page.request.get(path)).text();
    // This build has no site address (no SITE_URL, no baseUrl): no page may invent one.
    expect(html, path).not.toMatch(/fixpath\.example|rel="canonical"|og:url/);
    await page.setContent(html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, ''));
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const title = await page.title();
    const description = await meta('meta[name="description"]');
    expect(description, path).toBeTruthy();
    expect(await meta('meta[property="og:title"]'), path).toBe(title);
    expect(await meta('meta[property="og:description"]'), path).toBe(description);
    expect(await meta('meta[name="twitter:card"]'), path).toBe('summary');
    if (path.startsWith('/errors/')) {
      // The code as QuickBooks shows it: `6189-816` is titled "Error -6189, -816".
      const code = path.split('/')[2] ?? '';
      const shown = /^\d+(-\d+)+$/.test(code) ? code.split('-') : [code];
      for (const part of shown) expect(title.toLowerCase(), path).toContain(part.toLowerCase());
    }
  });
}

test('no two pages share a title', async ({ request }) => {
  for (const path of staticPaths()) {
    const html = await (await request.get(path)).text();
    titles.set(path, /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  }
  const seen = new Map<string, string>();
  for (const [path, title] of titles) {
    expect(title, path).not.toBe('');
    expect(seen.get(title), `${path} has the title of ${seen.get(title) ?? ''}`).toBeUndefined();
    seen.set(title, path);
  }
});

test('prerendered step pages hydrate without errors or warnings', async ({ page }) => {
  const errors = collectErrors(page);
  for (const kind of ['question', 'fix', 'wait', 'escalation', 'resolved']) {
    const url = stepUrlsByKind().get(kind) ?? '';
    await page.goto(url);
    await expect(page.locator('#root')).toHaveAttribute(
      'data-prerendered-path',
      url.split('?')[0] ?? '',
    );
    const before = await page.locator('h1').first().textContent();
    await appReady(page);
    expect(await page.locator('h1').first().textContent(), url).toBe(before);
  }
  expect(errors).toEqual([]);
});

test('without a site address, robots.txt is real and there is no sitemap', async ({ page }) => {
  const response = await page.request.get('/robots.txt');
  expect(response.headers()['content-type']).toContain('text/plain');
  const robots = await response.text();
  expect(robots).toMatch(/^User-agent: \*/m);
  expect(robots).not.toContain('Sitemap:');
  expect((await page.request.get('/sitemap.xml')).status()).toBe(404);
});

test('an unknown address answers 404 with a helpful page', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: /error code/i })).toBeVisible();
  await expect(page.getByRole('link', { name: /^Error 102/ })).toHaveAttribute(
    'href',
    '/errors/102',
  );
});

test('an error code typed in capitals moves permanently to its lower-case address', async ({
  page,
}) => {
  const response = await page.request.get('/errors/OL-202?mode=agent', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/errors/ol-202?mode=agent');
  await page.goto('/errors/H202');
  await expect(page).toHaveURL(/\/errors\/h202$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('H202');
});
