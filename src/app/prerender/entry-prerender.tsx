/**
 * Build time only: renders every page to HTML (see scripts/prerender.mjs). Static pages are
 * rendered here once and never hydrated as a whole; their islands are rendered on their own so
 * that an island can hydrate in its slot. Step pages are the wizard, rendered for the shortest
 * route to each step.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import all from 'virtual:fixpath/all';
import searchEntries from 'virtual:fixpath/index';
import { errorContent, site } from '../../content/runtime/app-content.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { ErrorEntry, GuidedError } from '../../content/types.ts';
import { shortestTarget, stepModel, type NodeId } from '../../engine/index.ts';
import { ChecklistPage } from '../../features/guide/checklist-page.tsx';
import { GuidePage } from '../../features/guide/guide-page.tsx';
import { NeighbourPage } from '../../features/neighbour/neighbour-page.tsx';
import { HomePage } from '../../features/search/home-page.tsx';
import { NotFoundPage } from '../../features/search/not-found-page.tsx';
import { SEARCH_INDEX, searchIndex } from '../../features/search/search-index.ts';
import { SearchIsland } from '../../features/search/search-island.tsx';
import { progressLabel } from '../../features/wizard/step-label.ts';
import { createSearcher } from '../../search/searcher.ts';
import { otherModePath } from '../../routing/mode-switch.ts';
import {
  checklistMeta,
  errorMeta,
  headTags,
  homeMeta,
  notFoundMeta,
  stepTitle,
  type PageMeta,
} from '../../routing/page-meta.ts';
import { absoluteUrl, paths, type Mode } from '../../routing/paths.ts';
import { mapPages } from '../../map/page/map-pages.tsx';
import { Layout } from '../layout.tsx';
import { WizardApp } from '../wizard/wizard-app.tsx';

errorContent.prime(Object.fromEntries(all.map((entry) => [entry.slug, entry])));
searchIndex.prime({ [SEARCH_INDEX]: createSearcher(searchEntries) });

export const MODES: readonly Mode[] = ['owner', 'agent'];

/** One page to write: `file` inside dist/, and what goes in its <head> and #root. */
export interface PrerenderedPage {
  readonly file: string;
  /** `document` pages load the static pages' script; `step` pages the wizard; `map` its own. */
  readonly kind: 'document' | 'step' | 'map';
  readonly title: string;
  readonly head: string;
  readonly body: string;
  /** Attributes for #root (the wizard checks them before it hydrates). */
  readonly root: Readonly<Record<string, string>>;
  /** The error whose content chunk the page's script needs at once (preloaded). */
  readonly slug?: string;
  /** Files written beside the page (the map's layout and downloads). */
  readonly files?: readonly { readonly file: string; readonly text: string }[];
}

/** The file of a page's variant: `errors/102/index.html`, `errors/102/index.agent.html`. */
export const variantFile = (dir: string, mode: Mode): string =>
  `${dir}${dir ? '/' : ''}index${mode === 'agent' ? '.agent' : ''}.html`;

/** Renders the islands that have prerendered HTML into their (empty) slots. */
function fillIslands(html: string): string {
  return html.replace(
    /<div data-island="search" data-props="([^"]*)"><\/div>/g,
    (slot, raw: string) => {
      const props: unknown = JSON.parse(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      const mode = Reflect.get(Object(props), 'mode') === 'agent' ? 'agent' : 'owner';
      const onHome = Reflect.get(Object(props), 'onHome') === true;
      const inner = renderToString(<SearchIsland mode={mode} onHome={onHome} />);
      return slot.replace('></div>', `>${inner}</div>`);
    },
  );
}

interface DocumentSpec {
  readonly dir: string;
  readonly path: string;
  readonly meta: PageMeta;
  readonly render: (mode: Mode) => ReactNode;
  readonly kind?: 'document' | 'map';
  /** Markup after the page (a data block for its script). */
  readonly after?: string;
  readonly files?: PrerenderedPage['files'];
}

function documentPages(spec: DocumentSpec, siteUrl: string | undefined, base: string) {
  return MODES.map((mode): PrerenderedPage => {
    const meta = mode === 'agent' ? { ...spec.meta, indexable: false } : spec.meta;
    const body = renderToString(
      <Layout mode={mode} otherMode={otherModePath(spec.path, '', '', mode)}>
        {spec.render(mode)}
      </Layout>,
    );
    return {
      file: variantFile(spec.dir, mode),
      kind: spec.kind ?? 'document',
      title: meta.title,
      head: headTags(site, meta, siteUrl, base),
      body: fillIslands(body) + (spec.after ?? ''),
      root: {},
      ...(mode === 'owner' && spec.files ? { files: spec.files } : {}),
    };
  });
}

function errorDocuments(entry: ErrorEntry): DocumentSpec[] {
  const dir = `errors/${entry.slug}`;
  const page: DocumentSpec = {
    dir,
    path: paths.error(entry.slug),
    meta: errorMeta(site, entry),
    render: (mode) =>
      entry.kind === 'guided' ? (
        <GuidePage entry={entry} options={{ mode }} />
      ) : (
        <NeighbourPage entry={entry} options={{ mode }} />
      ),
  };
  if (entry.kind !== 'guided') return [page];
  const checklist: DocumentSpec = {
    dir: `${dir}/checklist`,
    path: paths.checklist(entry.slug),
    meta: checklistMeta(site, entry),
    render: (mode) => (
      <ChecklistPage
        entry={entry}
        options={{ mode }}
        address={addressOf(paths.checklist(entry.slug))}
      />
    ),
  };
  return [page, checklist];
}

let siteAddress: (path: string) => string = (path) => path;
const addressOf = (path: string): string => siteAddress(path);

function stepPages(entry: GuidedError, siteUrl: string | undefined, base: string) {
  const tree = toTree(entry.tree);
  return [...tree.nodes.keys()].flatMap((nodeId: NodeId) => {
    const target = shortestTarget(tree, nodeId);
    const model = target && stepModel(tree, nodeId, target.session);
    if (!target || !model?.ok) return [];
    const node = model.value.node;
    return MODES.map((mode): PrerenderedPage => {
      const location = paths.target(entry.slug, target, { mode });
      const body = renderToString(
        <StaticRouter location={`${base}${location}`} basename={base || '/'}>
          <WizardApp />
        </StaticRouter>,
      );
      const title = stepTitle(site, entry.code, progressLabel(model.value), node.title);
      const meta: PageMeta = {
        title,
        description: entry.description,
        path: paths.error(entry.slug),
        indexable: false,
      };
      return {
        file: variantFile(`errors/${entry.slug}/step/${nodeId}`, mode),
        kind: 'step',
        title,
        head: headTags(site, meta, siteUrl, base),
        body,
        root: {
          'data-prerendered-path': `/errors/${entry.slug}/step/${nodeId}`,
          'data-prerendered-session': target.session,
          'data-prerendered-mode': mode,
        },
        slug: entry.slug,
      };
    });
  });
}

/**
 * Every page of the site. `siteUrl` is where this copy is served (SITE_URL, or `baseUrl` in
 * content/site.yaml), or undefined; `base` is the base path without its trailing slash.
 */
export function pages(siteUrl: string | undefined, base: string): PrerenderedPage[] {
  siteAddress = (path) => (siteUrl ? absoluteUrl(path, siteUrl, base) : `${base}${path}`);
  const documents: DocumentSpec[] = [
    {
      dir: '',
      path: paths.home(),
      meta: homeMeta(site),
      render: (mode) => <HomePage index={searchEntries} options={{ mode }} />,
    },
    ...all.flatMap(errorDocuments),
    ...mapPages(all, site, `${base}/`).map((map): DocumentSpec => ({
      dir: map.path.slice(1),
      path: map.path,
      meta: map.meta,
      render: (mode) => map.render({ mode }),
      kind: 'map',
      after: map.dataBlock,
      files: map.files,
    })),
  ];
  const notFound: DocumentSpec = {
    dir: '',
    path: '/',
    meta: notFoundMeta(site),
    render: (mode) => <NotFoundPage index={searchEntries} options={{ mode }} />,
  };
  return [
    ...documents.flatMap((spec) => documentPages(spec, siteUrl, base)),
    ...documentPages(notFound, siteUrl, base).map((page, i) => ({
      ...page,
      file: i === 0 ? '404.html' : '404.agent.html',
    })),
    ...all.flatMap((entry) => (entry.kind === 'guided' ? stepPages(entry, siteUrl, base) : [])),
  ];
}

/** The addresses search engines should know (owner views of the static pages). */
export const sitemapPaths = (): string[] => [
  paths.home(),
  ...all.flatMap((entry) =>
    entry.kind === 'guided'
      ? [paths.error(entry.slug), paths.checklist(entry.slug), `/errors/${entry.slug}/map`]
      : [paths.error(entry.slug)],
  ),
];

export const siteConfig = site;
