/**
 * A laid-out map: where every node, edge and answer label goes, in SVG user units. Made at
 * build time (src/map/layout), serialisable as JSON, drawn by src/map/view. The layout
 * library never reaches the browser: only this plain data does.
 */
import type { MapEdge, MapGraph, MapNode } from './map-graph.ts';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  /** Left edge. */
  readonly x: number;
  /** Top edge. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LaidOutNode extends MapNode, Box {
  /** The title, wrapped to fit the node. */
  readonly lines: readonly string[];
}

export interface LaidOutEdge extends MapEdge {
  /** The route from the edge of `from` to the edge of `to`, in order (at least two points). */
  readonly points: readonly Point[];
  /** Where the answer's text goes, and its lines. */
  readonly labelBox: Box & { readonly lines: readonly string[] };
}

export const MAP_LAYOUT_VERSION = 1;

export interface MapLayout extends MapGraph {
  readonly version: typeof MAP_LAYOUT_VERSION;
  readonly width: number;
  readonly height: number;
  /** In reading order: top to bottom, then left to right (the keyboard's order). */
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}
