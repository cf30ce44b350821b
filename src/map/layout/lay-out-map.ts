/**
 * Build time only: lays a map out with @dagrejs/dagre (layered, top to bottom) and returns plain
 * JSON-ready data. Nothing here may be imported by browser code (ESLint holds it).
 */
import dagre, { type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { MapGraph } from '../model/map-graph.ts';
import {
  MAP_LAYOUT_VERSION,
  type Box,
  type LaidOutEdge,
  type LaidOutNode,
  type MapLayout,
  type Point,
} from '../model/map-layout.ts';
import { labelSize, nodeSize } from './node-size.ts';

const MARGIN = 12;
const round = (value: number): number => Math.round(value * 10) / 10;
const point = (x: number, y: number): Point => ({ x: round(x), y: round(y) });

/** A centre-based box (dagre's) as a top-left one. */
function boxAt(center: { x?: number; y?: number }, width: number, height: number): Box {
  return {
    x: round((center.x ?? 0) - width / 2),
    y: round((center.y ?? 0) - height / 2),
    width: round(width),
    height: round(height),
  };
}

/** A loop on a node's right side, round to its label (dagre leaves room for it there). */
function selfLoop(node: Box, label: Box): Point[] {
  const right = node.x + node.width;
  const middle = node.y + node.height / 2;
  const reach = Math.max(right + 16, label.x - 4);
  const rise = Math.min(12, node.height / 3);
  return [
    point(right, middle - rise),
    point(reach, middle - rise - 6),
    point(reach, middle + rise + 6),
    point(right, middle + rise),
  ];
}

export function layOutMap(graph: MapGraph): MapLayout {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({
    rankdir: 'TB',
    nodesep: 28,
    ranksep: 34,
    edgesep: 14,
    marginx: MARGIN,
    marginy: MARGIN,
  });
  const nodeSizes = new Map(graph.nodes.map((node) => [node.id, nodeSize(node)]));
  const labelSizes = new Map(graph.edges.map((edge) => [edge.id, labelSize(edge)]));
  for (const node of graph.nodes) {
    const size = nodeSizes.get(node.id);
    g.setNode(node.id, { width: size?.width ?? 0, height: size?.height ?? 0 });
  }
  for (const edge of graph.edges) {
    const size = labelSizes.get(edge.id);
    // A "try again" edge pulls less, so the main flow runs straight down.
    const label = { width: size?.width ?? 0, height: size?.height ?? 0, labelpos: 'c' as const };
    g.setEdge(edge.from, edge.to, { ...label, weight: edge.retry ? 0 : 1 }, edge.id);
  }
  dagre.layout(g);

  const boxes = new Map<string, Box>();
  const nodes: LaidOutNode[] = graph.nodes.map((node) => {
    const size = nodeSizes.get(node.id) ?? { width: 0, height: 0, lines: [] };
    const box = boxAt(g.node(node.id), size.width, size.height);
    boxes.set(node.id, box);
    return { ...node, ...box, lines: size.lines };
  });
  const edges: LaidOutEdge[] = graph.edges.map((edge) => {
    const laid = g.edge(edge.from, edge.to, edge.id);
    const size = labelSizes.get(edge.id) ?? { width: 0, height: 0, lines: [] };
    const labelBox = { ...boxAt(laid, size.width, size.height), lines: size.lines };
    const from = boxes.get(edge.from);
    const points =
      edge.from === edge.to && from
        ? selfLoop(from, labelBox)
        : (laid.points ?? []).map((p) => point(p.x, p.y));
    return { ...edge, points, labelBox };
  });
  // Everything drawn fits inside, whatever dagre reports (a loop sits beside its node).
  const extent = (pick: (box: Box) => number, fallback: number | undefined): number =>
    Math.ceil(
      Math.max(
        fallback ?? 0,
        ...nodes.map((n) => pick(n) + MARGIN),
        ...edges.map((e) => pick(e.labelBox) + MARGIN),
      ),
    );
  const size = g.graph();
  // Reading order (and so the keyboard's): top to bottom, then left to right.
  const reading = [...nodes].sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  return {
    version: MAP_LAYOUT_VERSION,
    treeId: graph.treeId,
    start: graph.start,
    width: extent((b) => b.x + b.width, size.width),
    height: extent((b) => b.y + b.height, size.height),
    nodes: reading,
    edges,
  };
}
