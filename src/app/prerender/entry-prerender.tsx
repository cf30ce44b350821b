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
import { paths, type LinkOptions, type Mode } from '../../routing/paths.ts';
import { parseOriginList } from '../../lib/embed/origins.ts';
import { Layout } from '../layout.tsx';
import { documentSpecs, notFoundSpec, type DocumentSpec } from './documents.tsx';
import { embedStyle } from './embed-style.ts';
import { WizardApp } from '../wizard/wizard-app.tsx';

errorContent.prime(Object.fromEntries(all.map((entry) => [entry.slug, entry])));
searchIndex.prime({
  [SEARCH_INDEX]: createSearcher(searchEntries, site.notCovered?.families ?? []),
});

export const MODES: readonly Mode[] = ['owner', 'agent'];

/** Each page is written in four variants: owner or agent mode, on its own or embedded. */
export interface Variant {
  readonly mode: Mode;
  readonly embed: boolean;
}

export const VARIANTS: readonly Variant[] = MODES.flatMap((mode) =>
  [false, true].map((embed) => ({ mode, embed })),
);

/**
 * An embed page's head: it is never a search result or a link preview (the links people share
 * from it name the full site), so it carries no description, canonical address or preview tags.
 */
const EMBED_HEAD = '<meta name="robots" content="noindex" />';

const optionsOf = ({ mode, embed }: Variant): LinkOptions => ({
  mode,
  ...(embed ? { embed } : {}),
});

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
  /** The embed layout (inside a firm's website): the prerender adds the firm's colours. */
  readonly embed: boolean;
}

/** `''`, `.agent`, `.embed` or `.embed-agent`: what a variant adds to its file's name. */
export const variantSuffix = ({ mode, embed }: Variant): string =>
  embed ? (mode === 'agent' ? '.embed-agent' : '.embed') : mode === 'agent' ? '.agent' : '';

/** The file of a page's variant: `errors/102/index.html`, `errors/102/index.embed-agent.html`. */
export const variantFile = (dir: string, variant: Variant): string =>
  `${dir}${dir ? '/' : ''}index${variantSuffix(variant)}.html`;

/** Renders the islands that have prerendered HTML into their (empty) slots. */
function fillIslands(html: string, options: LinkOptions): string {
  return html.replace(
    /<div data-island="search" data-props="([^"]*)"><\/div>/g,
    (slot, raw: string) => {
      const props: unknown = JSON.parse(raw.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      const onHome = Reflect.get(Object(props), 'onHome') === true;
      const inner = renderToString(<SearchIsland options={options} onHome={onHome} />);
      return slot.replace('></div>', `>${inner}</div>`);
    },
  );
}

function documentPages(spec: DocumentSpec, siteUrl: string | undefined, base: string) {
  return VARIANTS.map((variant): PrerenderedPage => {
    const { mode, embed } = variant;
    const options = optionsOf(variant);
    const shown = mode === 'owner' && !embed;
    const meta = shown ? spec.meta : { ...spec.meta, indexable: false };
    const body = renderToString(
      <Layout mode={mode} embed={embed} otherMode={otherModePath(spec.path, '', '', mode)}>
        {spec.render(options)}
      </Layout>,
    );
    return {
      file: variantFile(spec.dir, variant),
      kind: spec.kind,
      title: meta.title,
      head: embed ? EMBED_HEAD : headTags(site, meta, siteUrl, base),
      body: fillIslands(body, options) + (spec.after ?? ''),
      root: {},
      embed,
      ...(shown && spec.files ? { files: spec.files } : {}),
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
    return VARIANTS.map((variant): PrerenderedPage => {
      const { mode, embed } = variant;
      const location = paths.target(entry.slug, target, optionsOf(variant));
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
        file: variantFile(`errors/${entry.slug}/step/${nodeId}`, variant),
        kind: 'step',
        title,
        head: embed ? EMBED_HEAD : headTags(site, meta, siteUrl, base),
        body,
        root: {
          'data-prerendered-path': `/errors/${entry.slug}/step/${nodeId}`,
          'data-prerendered-session': target.session,
          'data-prerendered-mode': mode,
          'data-prerendered-embed': String(embed),
        },
        slug: entry.slug,
        embed,
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
    ...documentPages(notFoundSpec(searchEntries), siteUrl, base).map((page) => ({
      ...page,
      file: page.file.replace(/^index/, '404'),
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

/** The embed pages' own inline style (see embed-style.ts). */
export const embedPageStyle = (): string => embedStyle(site);

/**
 * The origins allowed to show this copy in a frame: `FIXPATH_EMBED_ORIGINS` when the build is
 * given one (space- or comma-separated; `none` for none), else `embed.allowedOrigins` in
 * content/site.yaml. Throws with the values it cannot accept.
 */
export function embedOrigins(fromEnv: string | undefined): readonly string[] {
  if (fromEnv === undefined || fromEnv.trim() === '') return site.embed?.allowedOrigins ?? [];
  const parsed = parseOriginList(fromEnv);
  if (!parsed.ok) {
    throw new Error(
      `FIXPATH_EMBED_ORIGINS: ${parsed.rejected.map((v) => JSON.stringify(v)).join(', ')} ` +
        'is not an origin (write https://www.yourfirm.com, with no path; several separated by spaces)',
    );
  }
  return parsed.origins;
}
