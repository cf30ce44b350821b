/**
 * The static pages of the site, each as a spec the prerender writes (and the dev server renders
 * in the browser): its directory in dist/, its app path, its <head> facts and how to render it
 * in either mode. One list, so a new kind of page is added in one place.
 */
import type { ReactNode } from 'react';
import { site } from '../../content/runtime/app-content.ts';
import type { ErrorEntry, SearchEntry } from '../../content/types.ts';
import { ChecklistPage } from '../../features/guide/checklist-page.tsx';
import { GuidePage } from '../../features/guide/guide-page.tsx';
import { NeighbourPage } from '../../features/neighbour/neighbour-page.tsx';
import { PrivacyPage } from '../../features/privacy/privacy-page.tsx';
import { HomePage } from '../../features/search/home-page.tsx';
import { NotFoundPage } from '../../features/search/not-found-page.tsx';
import { mapPages } from '../../map/page/map-pages.tsx';
import {
  checklistMeta,
  errorMeta,
  homeMeta,
  notFoundMeta,
  privacyMeta,
  type PageMeta,
} from '../../routing/page-meta.ts';
import { absoluteUrl, paths, type LinkOptions } from '../../routing/paths.ts';

export interface DocumentSpec {
  /** The page's folder inside dist/ (`errors/102`); '' for the front door. */
  readonly dir: string;
  readonly path: string;
  readonly meta: PageMeta;
  readonly render: (options: LinkOptions) => ReactNode;
  /** `map` pages load the map's own script instead of the static pages' one. */
  readonly kind: 'document' | 'map';
  /** Markup after the page (a data block for its script). */
  readonly after?: string;
  /** Files written beside the page (the map's layout and downloads). */
  readonly files?: readonly { readonly file: string; readonly text: string }[];
}

export interface SiteFacts {
  readonly errors: readonly ErrorEntry[];
  readonly index: readonly SearchEntry[];
  /** Where this copy is served (SITE_URL, or `baseUrl`), or undefined. */
  readonly siteUrl: string | undefined;
  /** The base path without its trailing slash ('' at the root). */
  readonly base: string;
}

function errorDocuments(entry: ErrorEntry, address: (path: string) => string): DocumentSpec[] {
  const dir = `errors/${entry.slug}`;
  const page: DocumentSpec = {
    dir,
    path: paths.error(entry.slug),
    meta: errorMeta(site, entry),
    kind: 'document',
    render: (options) =>
      entry.kind === 'guided' ? (
        <GuidePage entry={entry} options={options} />
      ) : (
        <NeighbourPage entry={entry} options={options} />
      ),
  };
  if (entry.kind !== 'guided') return [page];
  const checklist: DocumentSpec = {
    dir: `${dir}/checklist`,
    path: paths.checklist(entry.slug),
    meta: checklistMeta(site, entry),
    kind: 'document',
    render: (options) => (
      <ChecklistPage
        entry={entry}
        options={options}
        address={address(paths.checklist(entry.slug))}
      />
    ),
  };
  return [page, checklist];
}

/** The front door, every error's page, every guided error's checklist and map. */
export function documentSpecs(facts: SiteFacts): DocumentSpec[] {
  const { errors, index, siteUrl, base } = facts;
  const address = (path: string): string =>
    siteUrl ? absoluteUrl(path, siteUrl, base) : `${base}${path}`;
  return [
    {
      dir: '',
      path: paths.home(),
      meta: homeMeta(site),
      kind: 'document',
      render: (options) => <HomePage index={index} options={options} />,
    },
    {
      dir: 'privacy',
      path: paths.privacy(),
      meta: privacyMeta(site),
      kind: 'document',
      render: () => <PrivacyPage />,
    },
    ...errors.flatMap((entry) => errorDocuments(entry, address)),
    ...mapPages(errors, site, `${base}/`).map((map): DocumentSpec => ({
      dir: map.path.slice(1),
      path: map.path,
      meta: map.meta,
      render: (options) => map.render(options),
      kind: 'map',
      after: map.dataBlock,
      files: map.files,
    })),
  ];
}

/** The not-found page (`404.html`): one page for every address the site does not have. */
export const notFoundSpec = (index: readonly SearchEntry[]): DocumentSpec => ({
  dir: '',
  path: '/',
  meta: notFoundMeta(site),
  kind: 'document',
  render: (options) => <NotFoundPage index={index} options={options} />,
});
