/**
 * For the app (the agent layer, a step page): fetch an error's laid-out map, written at build
 * time as JSON beside its map page, and parse it at the edge with zod/mini. Nothing of the
 * layout library comes with it: only the plain data that `MapDiagram` draws.
 */
import { basePath as basePathOf } from '../../routing/base-path.ts';
import * as z from 'zod/mini';
import { asNodeId } from '../../engine/index.ts';
import { mapPaths } from '../map-paths.ts';
import { MAP_LAYOUT_VERSION, type MapLayout } from '../model/map-layout.ts';

const point = z.object({ x: z.number(), y: z.number() });
const box = { x: z.number(), y: z.number(), width: z.number(), height: z.number() };
const layoutSchema = z.object({
  version: z.literal(MAP_LAYOUT_VERSION),
  treeId: z.string(),
  start: z.string(),
  width: z.number(),
  height: z.number(),
  nodes: z.array(
    z.object({
      ...box,
      id: z.string(),
      kind: z.enum(['question', 'fix', 'wait', 'escalation', 'resolved']),
      title: z.string(),
      sourceStep: z.optional(z.number()),
      lines: z.array(z.string()),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      choiceIndex: z.number(),
      label: z.string(),
      retry: z.boolean(),
      points: z.array(point),
      labelBox: z.object({ ...box, lines: z.array(z.string()) }),
    }),
  ),
});

export type MapLayoutLoad =
  { readonly status: 'ready'; readonly layout: MapLayout } | { readonly status: 'failed' };

/** A parsed layout, or undefined when the data is not one (an older or a damaged file). */
export function parseMapLayout(json: unknown): MapLayout | undefined {
  const parsed = layoutSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const data = parsed.data;
  return {
    ...data,
    start: asNodeId(data.start),
    nodes: data.nodes.map(({ sourceStep, ...node }) => ({
      ...node,
      id: asNodeId(node.id),
      ...(sourceStep === undefined ? {} : { sourceStep }),
    })),
    edges: data.edges.map((edge) => ({
      ...edge,
      from: asNodeId(edge.from),
      to: asNodeId(edge.to),
    })),
  };
}

/** Fetches `/errors/<slug>/map/layout.json` (under the app's base path). Never throws. */
export async function loadMapLayout(
  slug: string,
  fetcher: typeof fetch = fetch,
  basePath: string = `${basePathOf()}/`,
): Promise<MapLayoutLoad> {
  try {
    const response = await fetcher(`${basePath.replace(/\/$/, '')}${mapPaths.layout(slug)}`);
    if (!response.ok) return { status: 'failed' };
    const layout = parseMapLayout(await response.json());
    return layout ? { status: 'ready', layout } : { status: 'failed' };
  } catch {
    return { status: 'failed' };
  }
}
