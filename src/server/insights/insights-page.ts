import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { contentSecurityPolicy } from '../../../scripts/csp.mjs';
import { escapeHtml } from '../../lib/escape-html.ts';

/** The built files the insights page needs: its own script, the site's and its own styles. */
export interface InsightsAssets {
  readonly script: string;
  readonly styles: readonly string[];
}

/** What the prerender lists for this page in `insights.json` (files inside `assets/`). */
const listing = z.object({ script: z.string(), styles: z.array(z.string()) });

/**
 * The insights page's files, as the build listed them (`insights.json`, written by
 * scripts/prerender.mjs from Vite's manifest: the script, the site's stylesheet, and the
 * stylesheets of everything the script imports). Undefined when the build has none.
 */
export function readInsightsAssets(outDir: string, basePath: string): InsightsAssets | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(outDir, 'insights.json'), 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = listing.safeParse(raw);
  if (!parsed.success) return undefined;
  return {
    script: `${basePath}${parsed.data.script}`,
    styles: parsed.data.styles.map((file) => `${basePath}${file}`),
  };
}

/**
 * The page at /insights. It holds no figures: its script asks for the token, keeps it in this
 * tab (sessionStorage), and fetches the figures with it. Not prerendered, so a copy on a static
 * host has no such page.
 */
export function insightsPageHtml(
  assets: InsightsAssets,
  siteName: string,
  basePath: string,
): string {
  const styles = assets.styles
    .map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}" />`)
    .join('\n    ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}" />
    <title>Insights · ${escapeHtml(siteName)}</title>
    <link rel="icon" href="${escapeHtml(basePath)}favicon.svg" type="image/svg+xml" />
    ${styles}
    <script type="module" src="${escapeHtml(assets.script)}"></script>
  </head>
  <body>
    <main id="insights" class="insights" data-api="${escapeHtml(basePath)}api/">
      <h1>Insights</h1>
      <p class="lede">
        How people get on with each guide: where they start, which answers they take, where they
        stop, and which fixes work. Counted without cookies or addresses.
      </p>
      <form id="token-form" class="card insights__token">
        <label for="token">Insights token</label>
        <p class="muted" id="token-help">
          The token is in the server's FIXPATH_INSIGHTS_TOKEN setting, or in the file
          .data/insights-token beside it. It is kept in this tab only.
        </p>
        <input id="token" name="token" type="password" autocomplete="off" required aria-describedby="token-help" />
        <button type="submit">Show the figures</button>
      </form>
      <p id="status" role="status" class="insights__status"></p>
      <div id="figures"></div>
      <noscript><p>This page needs JavaScript to fetch the figures.</p></noscript>
    </main>
  </body>
</html>
`;
}
