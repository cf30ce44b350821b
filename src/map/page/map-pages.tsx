/**
 * Build time only: every guided error's map page, and the files written beside it (the layout
 * as JSON for the app to fetch, the Mermaid and DOT downloads). Called by the prerender
 * (src/app/prerender/entry-prerender.tsx, scripts/prerender.mjs).
 */
import type { ReactNode } from 'react';
import type { PageMeta } from '../../routing/page-meta.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { mapPaths } from '../map-paths.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { ErrorEntry, GuidedError, SiteConfig } from '../../content/types.ts';
import { answerCost, type NodeId } from '../../engine/index.ts';
import { exportMap } from '../export/visualise.ts';
import { layOutMap } from '../layout/lay-out-map.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { mapPosition } from '../model/map-position.ts';
import { shapeOf, type MapShape } from '../model/map-shape.ts';
import { MAP_SHAPE_ID } from '../script/read-shape.ts';
import { MapPage } from './map-page.tsx';
import type { TriageFigures } from './triage-figures.tsx';

export interface MapPageFile {
  /** Inside dist/, e.g. `errors/102/map/layout.json`. */
  readonly file: string;
  readonly text: string;
}

/** One guided error's map page, ready for the prerender to put in the site's layout. */
export interface MapPageBuild {
  readonly slug: string;
  /** The page's app path (`/errors/102/map`). */
  readonly path: string;
  readonly meta: PageMeta;
  /** The page's content in the given mode (links keep agent mode in the agent view). */
  readonly render: (options: LinkOptions) => ReactNode;
  /** The data block the page's script reads (the tree's shape), to put after the content. */
  readonly dataBlock: string;
  readonly files: readonly MapPageFile[];
}

/** The triage check's figures (issue 10): expected answers to a cause's fix, and the floor. */
export function triageFiguresFor(entry: GuidedError): TriageFigures | undefined {
  const targets = entry.causes.map((cause) => ({
    node: cause.fixNode,
    likelihood: cause.likelihood,
  }));
  const cost = answerCost(toTree(entry.tree), targets);
  return cost.ok
    ? { expectedAnswers: cost.value.expected, lowerBound: cost.value.lowerBound }
    : undefined;
}

/** JSON in a `<script type="application/json">`: nothing in it can close the element. */
const dataBlock = (shape: MapShape): string =>
  `<script type="application/json" id="${MAP_SHAPE_ID}">${JSON.stringify(shape).replace(/</g, '\\u003c')}</script>`;

const inDist = (path: string): string => path.replace(/^\//, '');

function mapPage(entry: GuidedError, site: SiteConfig, basePath: string): MapPageBuild {
  const base = basePath.replace(/\/$/, '');
  const tree = toTree(entry.tree);
  const graph = buildMapGraph(tree);
  const layout = layOutMap(graph);
  const { sessions } = mapPosition(tree, null);
  const figures = triageFiguresFor(entry);
  const render = (options: LinkOptions): ReactNode => {
    const links = {
      error: `${base}${paths.error(entry.slug, options)}`,
      mermaid: `${base}${mapPaths.download(entry.slug, 'mmd')}`,
      dot: `${base}${mapPaths.download(entry.slug, 'dot')}`,
    };
    const hrefFor = (id: NodeId) => {
      const session = sessions.get(id);
      return session === undefined
        ? undefined
        : `${base}${paths.step(entry.slug, id, session, options)}`;
    };
    return (
      <MapPage
        code={entry.code}
        slug={entry.slug}
        layout={layout}
        hrefFor={hrefFor}
        links={links}
        {...(figures ? { triageFigures: figures } : {})}
      />
    );
  };
  return {
    slug: entry.slug,
    path: mapPaths.page(entry.slug),
    meta: {
      title: `Map of the Error ${entry.code} guide | ${site.name}`,
      description: `Every question and fix in the guide to QuickBooks Error ${entry.code}, and where each answer leads.`,
      path: mapPaths.page(entry.slug),
      indexable: true,
    },
    render,
    dataBlock: dataBlock(
      shapeOf(
        entry.slug,
        graph,
        entry.causes.map((cause) => cause.soundsLike.text),
      ),
    ),
    files: [
      { file: inDist(mapPaths.layout(entry.slug)), text: JSON.stringify(layout) },
      { file: inDist(mapPaths.download(entry.slug, 'mmd')), text: exportMap(entry, 'mermaid') },
      { file: inDist(mapPaths.download(entry.slug, 'dot')), text: exportMap(entry, 'dot') },
    ],
  };
}

export function mapPages(
  errors: readonly ErrorEntry[],
  site: SiteConfig,
  basePath: string,
): MapPageBuild[] {
  return errors
    .filter((entry): entry is GuidedError => entry.kind === 'guided')
    .map((entry) => mapPage(entry, site, basePath));
}
