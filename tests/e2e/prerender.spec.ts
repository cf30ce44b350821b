import { expect, test } from '@playwright/test';
import { appReady, collectErrors, sitemapPaths } from './pages.ts';

test('every page has its own title, description, canonical URL and preview tags', async ({
  page,
}) => {
  const paths = await sitemapPaths(page);
  expect(paths).toContain('/');
  expect(paths.some((p) => p.startsWith('/errors/'))).toBe(true);
  const titles = new Set<string>();
  for (const path of paths) {
    const html = await (await page.request.get(path)).text();
    await page.setContent(html.replace(/<script[^>]*><\/script>/g, ''));
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const title = await page.title();
    titles.add(title);
    const description = await meta('meta[name="description"]');
    expect(description, path).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute('href'), path).toMatch(
      new RegExp(`^https?://[^/]+${path.replace(/\//g, '\\/')}$`),
    );
    expect(await meta('meta[property="og:title"]'), path).toBe(title);
    expect(await meta('meta[property="og:description"]'), path).toBe(description);
    expect(await meta('meta[property="og:url"]'), path).toMatch(/^https?:\/\//);
    expect(await meta('meta[name="twitter:card"]'), path).toBe('summary');
    if (path.startsWith('/errors/')) {
      const code = path.split('/')[2] ?? '';
      expect(title.toLowerCase(), path).toContain(code.toLowerCase());
    }
  }
  expect(titles.size, 'titles are unique').toBe(paths.length);
});

test('prerendered pages hydrate without errors or warnings', async ({ page }) => {
  const errors = collectErrors(page);
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    await expect(page.locator('#root[data-prerendered-path]')).toHaveAttribute(
      'data-prerendered-path',
      path,
    );
    const before = await page.locator('h1').first().textContent();
    await appReady(page);
    expect(await page.locator('h1').first().textContent(), path).toBe(before);
  }
  expect(errors).toEqual([]);
});

test('robots.txt is real and points to the sitemap', async ({ page }) => {
  const response = await page.request.get('/robots.txt');
  expect(response.headers()['content-type']).toContain('text/plain');
  expect(await response.text()).toMatch(
    /^User-agent: \*[\s\S]*Sitemap: https?:\/\/\S+\/sitemap\.xml/m,
  );
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
