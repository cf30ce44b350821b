import { expect, test } from '@playwright/test';
import { paths } from '../../src/routing/paths.ts';
import { guidedTrees, shortestRoutes, stepUrl } from './content-routes.ts';

// Issue 22: at 320 px no page of a guide may be wider than the screen (a person would scroll
// sideways to read a long menu path or a Windows folder). Every step of every guided error, its
// page and its checklist, as served: the layout is the page's inline CSS, so the HTML is enough.

const WIDTH = 320;

for (const [slug, tree] of guidedTrees()) {
  test(`Error ${slug}: every step, the guide and the checklist fit ${WIDTH} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: WIDTH, height: 800 });
    const urls = [
      paths.error(slug),
      paths.checklist(slug),
      ...[...shortestRoutes(tree).keys()].map((nodeId) => stepUrl(slug, nodeId)),
    ];
    const tooWide: string[] = [];
    for (const url of urls) {
      const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
      expect(response?.status(), url).toBe(200);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > WIDTH) tooWide.push(`${url.replace(/\?.*/, '')}: ${width} px`);
    }
    expect(tooWide, 'pages wider than the screen').toEqual([]);
  });
}
