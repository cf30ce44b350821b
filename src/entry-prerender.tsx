/** Build-time only: renders each public page to HTML (see scripts/prerender.mjs). */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import all from 'virtual:fixpath/all';
import { App } from './app/app.tsx';
import { errorMeta, headTags, homeMeta, notFoundMeta, type PageMeta } from './app/page-meta.ts';
import { paths } from './app/paths.ts';
import { errorCache, site } from './content/runtime/app-content.ts';
import { searchIndex } from './features/search/search-index.ts';
import { mapPages as buildMapPages } from './map/page/map-pages.tsx';

errorCache.prime(all);
// The home and not-found pages render the search index: have it ready, as the client does.
if ((await searchIndex.load()).status !== 'ready') throw new Error('The search index did not load');

export interface PrerenderPage {
  /** The route path the HTML is for (`/errors/102`), or null for fallbacks. */
  readonly path: string | null;
  /** Output file inside dist/. */
  readonly file: string;
  readonly meta: PageMeta;
  /** Path rendered to make the HTML. */
  readonly renderPath: string;
  /** The error whose content chunk the page needs at once (preloaded, no request waterfall). */
  readonly slug?: string;
}

export function pages(): PrerenderPage[] {
  return [
    { path: '/', file: 'index.html', meta: homeMeta(site), renderPath: paths.home() },
    ...all.map((entry) => ({
      path: paths.error(entry.slug),
      file: `errors/${entry.slug}/index.html`,
      meta: errorMeta(site, entry),
      renderPath: paths.error(entry.slug),
      slug: entry.slug,
    })),
    { path: null, file: '404.html', meta: notFoundMeta(site), renderPath: '/404' },
  ];
}

/** Renders one path; links include the base path the app is deployed under. */
export function render(path: string, basePath = '/'): string {
  const basename = basePath.replace(/\/$/, '');
  return renderToString(
    <StaticRouter location={`${basename}${path}`} basename={basename || '/'}>
      <App />
    </StaticRouter>,
  );
}

export function head(meta: PageMeta, basePath: string): string {
  return headTags(site, meta, basePath);
}

export const siteConfig = site;
export const sitemapPaths = (): string[] => [paths.home(), ...all.map((e) => paths.error(e.slug))];

/** Every guided error's map page and the files beside it (src/map/page/map-pages.tsx). */
export const mapPages = (basePath: string) => buildMapPages(all, site, basePath);
