import { expect, test } from '@playwright/test';
import { paths } from '../../src/routing/paths.ts';
import { guidedTrees, shortestRoutes, stepUrl } from './content-routes.ts';

// Issue 22: at 320 px no page of a guide may be wider than the screen (a person would scroll
// sideways to read a long menu path or a Windows folder). Every step of every guided error, its
// page and its checklist, as served: the layout is the page's inline CSS, so the HTML is enough.

const WIDTH = 320;
/** Pages per test: 202's 48 pages in one test took 12 s, too near the 30 s limit under load. */
const PER_TEST = 25;

for (const [slug, tree] of guidedTrees()) {
  const urls = [
    paths.error(slug),
    paths.checklist(slug),
    ...[...shortestRoutes(tree).keys()].map((nodeId) => stepUrl(slug, nodeId)),
  ];
  const parts = Math.ceil(urls.length / PER_TEST);
  for (let part = 0; part < parts; part++) {
    const which = parts > 1 ? ` (${part + 1} of ${parts})` : '';
    test(`Error ${slug}${which}: every step, the guide and the checklist fit ${WIDTH} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: WIDTH, height: 800 });
      const tooWide: string[] = [];
      for (const url of urls.slice(part * PER_TEST, (part + 1) * PER_TEST)) {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        expect(response?.status(), url).toBe(200);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        if (width > WIDTH) tooWide.push(`${url.replace(/\?.*/, '')}: ${width} px`);
      }
      expect(tooWide, 'pages wider than the screen').toEqual([]);
    });
  }
}
