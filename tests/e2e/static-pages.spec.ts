import { expect, test } from '@playwright/test';
import { appReady, collectErrors, staticPages } from './pages.ts';

// Every static page, loaded once, with everything checked that holds on every one of them: its
// script starts without an error or warning and keeps the prerendered content; no request
// leaves the site; and a link to another site (or into a new tab) tells it nothing
// (rel="noopener noreferrer").
// One test per page (a loop over every page outgrew a test's time on a busy machine, issue 24).
for (const { path, kind } of staticPages()) {
  test(`${path}: its script runs cleanly, nothing is fetched from elsewhere, links out are safe`, async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const errors = collectErrors(page);
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return;
      if (url.origin !== origin) outside.push(request.url());
    });
    await page.goto(path);
    const before = await page.locator('h1').first().textContent();
    await appReady(page);
    expect(await page.locator('h1').first().textContent(), 'the h1 after the script').toBe(before);
    const links = await page.locator('a[href]').evaluateAll((anchors) =>
      anchors.map((a) => ({
        // SVG links (the tree map) have no string `href` property: resolve the attribute.
        href: new URL(a.getAttribute('href') ?? '', document.baseURI).href,
        target: a.getAttribute('target') ?? '',
        rel: (a.getAttribute('rel') ?? '').split(/\s+/),
      })),
    );
    const unsafe: string[] = [];
    let external = 0;
    for (const link of links) {
      const leaves = new URL(link.href).origin !== origin;
      if (leaves) external += 1;
      if (!leaves && link.target !== '_blank') continue;
      if (!link.rel.includes('noopener') || !link.rel.includes('noreferrer')) {
        unsafe.push(`${link.href} (rel="${link.rel.join(' ')}")`);
      }
    }
    expect(errors, 'errors and warnings in the console').toEqual([]);
    expect(outside, 'requests to other origins').toEqual([]);
    if (kind === 'neighbour')
      expect(external, 'a neighbouring code links to Intuit').toBeGreaterThan(0);
    expect(unsafe, 'links out without noopener noreferrer').toEqual([]);
  });
}
