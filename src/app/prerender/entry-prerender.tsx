/**
 * Build time only: renders every page to HTML (see scripts/prerender.mjs). Static pages are
 * rendered here once and never hydrated as a whole; their islands are rendered on their own so
 * that an island can hydrate in its slot. Step pages are the wizard, rendered for the shortest
 * route to each step.
 */
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import all from 'virtual:fixpath/all';
import searchEntries from 'virtual:fixpath/index';
import { errorContent, site } from '../../content/runtime/app-content.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { shortestTarget, stepModel, type NodeId } from '../../engine/index.ts';
import { SEARCH_INDEX, searchIndex } from '../../features/search/search-index.ts';
import { SearchIsland } from '../../features/search/search-island.tsx';
import { progressLabel } from '../../features/wizard/step-label.ts';
import { createSearcher } from '../../search/searcher.ts';
import { otherModePath } from '../../routing/mode-switch.ts';
import { headTags, stepTitle, type PageMeta } from '../../routing/page-meta.ts';
import { paths, type Mode } from '../../routing/paths.ts';
import { Layout } from '../layout.tsx';
import { documentSpecs, notFoundSpec, type DocumentSpec } from './documents.tsx';
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
      kind: spec.kind,
      title: meta.title,
      head: headTags(site, meta, siteUrl, base),
      body: fillIslands(body) + (spec.after ?? ''),
      root: {},
      ...(mode === 'owner' && spec.files ? { files: spec.files } : {}),
    };
  });
}

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
  const facts = { errors: all, index: searchEntries, siteUrl, base };
  return [
    ...documentSpecs(facts).flatMap((spec) => documentPages(spec, siteUrl, base)),
    ...documentPages(notFoundSpec(searchEntries), siteUrl, base).map((page, i) => ({
      ...page,
      file: i === 0 ? '404.html' : '404.agent.html',
    })),
    ...all.flatMap((entry) => (entry.kind === 'guided' ? stepPages(entry, siteUrl, base) : [])),
  ];
}

/** The addresses search engines should know (owner views of the static pages). */
export const sitemapPaths = (): string[] => [
  paths.home(),
  paths.privacy(),
  ...all.flatMap((entry) =>
    entry.kind === 'guided'
      ? [paths.error(entry.slug), paths.checklist(entry.slug), `/errors/${entry.slug}/map`]
      : [paths.error(entry.slug)],
  ),
];

export const siteConfig = site;
