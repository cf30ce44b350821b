/**
 * Build time only: every guided error's map page, and the files written beside it (the layout
 * as JSON for the app to fetch, the Mermaid and DOT downloads). Called by the prerender
 * (src/entry-prerender.tsx, scripts/prerender.mjs).
 */
import { renderToString } from 'react-dom/server';
import type { PageMeta } from '../../app/page-meta.ts';
import { paths } from '../../app/paths.ts';
import { mapPaths } from '../map-paths.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { ErrorEntry, GuidedError, SiteConfig } from '../../content/types.ts';
import type { NodeId } from '../../engine/index.ts';
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

export interface MapPageOutput {
  readonly path: string;
  readonly file: string;
  readonly meta: PageMeta;
  /** The page's body: the map, the list, and the data block the page's script reads. */
  readonly body: string;
  readonly files: readonly MapPageFile[];
}

/**
 * The triage check's figures for an error (issue 10). The engine functions are being written
 * separately: wire them in here. Until then the map page shows no figures.
 */
export const triageFiguresFor = (_entry: GuidedError): TriageFigures | undefined => undefined;

/** JSON in a `<script type="application/json">`: nothing in it can close the element. */
const dataBlock = (shape: MapShape): string =>
  `<script type="application/json" id="${MAP_SHAPE_ID}">${JSON.stringify(shape).replace(/</g, '\\u003c')}</script>`;

const inDist = (path: string): string => path.replace(/^\//, '');

function mapPage(entry: GuidedError, site: SiteConfig, basePath: string): MapPageOutput {
  const base = basePath.replace(/\/$/, '');
  const tree = toTree(entry.tree);
  const graph = buildMapGraph(tree);
  const layout = layOutMap(graph);
  const { sessions } = mapPosition(tree, null);
  const links = {
    home: `${base}${paths.home()}`,
    error: `${base}${paths.error(entry.slug)}`,
    mermaid: `${base}${mapPaths.download(entry.slug, 'mmd')}`,
    dot: `${base}${mapPaths.download(entry.slug, 'dot')}`,
  };
  const hrefFor = (id: NodeId) => {
    const session = sessions.get(id);
    return session === undefined ? undefined : `${base}${paths.step(entry.slug, id, session)}`;
  };
  const figures = triageFiguresFor(entry);
  const html = renderToString(
    <MapPage
      site={site}
      code={entry.code}
      slug={entry.slug}
      layout={layout}
      hrefFor={hrefFor}
      links={links}
      {...(figures ? { triageFigures: figures } : {})}
    />,
  );
  return {
    path: mapPaths.page(entry.slug),
    file: `${inDist(mapPaths.page(entry.slug))}/index.html`,
    meta: {
      title: `Map of the Error ${entry.code} guide | ${site.name}`,
      description: `Every question and fix in the guide to QuickBooks Error ${entry.code}, and where each answer leads.`,
      path: mapPaths.page(entry.slug),
    },
    body: html + dataBlock(shapeOf(entry.slug, graph)),
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
): MapPageOutput[] {
  return errors
    .filter((entry): entry is GuidedError => entry.kind === 'guided')
    .map((entry) => mapPage(entry, site, basePath));
}
