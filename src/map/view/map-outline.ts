/**
 * The map as an outline for the text version: each step once, nested under the answer that
 * first reaches it (breadth-first, so nothing sits deeper than it must); every other answer
 * that leads to it points to where it is in the list.
 */
import type { NodeId } from '../../engine/index.ts';
import type { MapEdge, MapGraph, MapNode } from '../model/map-graph.ts';

export interface OutlineItem {
  readonly node: MapNode;
  readonly answers: readonly OutlineAnswer[];
}

export type OutlineAnswer =
  | { readonly kind: 'nested'; readonly edge: MapEdge; readonly item: OutlineItem }
  /** Leads to a step listed elsewhere: further up, further down, or this same step again. */
  | {
      readonly kind: 'see';
      readonly edge: MapEdge;
      readonly target: MapNode;
      readonly where: 'up' | 'down' | 'same';
    };

export function mapOutline(graph: MapGraph): OutlineItem | undefined {
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const out = new Map<NodeId, MapEdge[]>();
  for (const edge of graph.edges) out.set(edge.from, [...(out.get(edge.from) ?? []), edge]);

  // The edge that first reaches each node, breadth-first from the start.
  const firstIn = new Map<NodeId, string>();
  const seen = new Set<NodeId>([graph.start]);
  const queue: NodeId[] = [graph.start];
  for (let head = 0; head < queue.length; head++) {
    for (const edge of out.get(queue[head] as NodeId) ?? []) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      firstIn.set(edge.to, edge.id);
      queue.push(edge.to);
    }
  }

  // Where each node stands in the list (pre-order along the nesting).
  const order = new Map<NodeId, number>();
  const stack: NodeId[] = [graph.start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    order.set(id, order.size);
    const nested = (out.get(id) ?? []).filter((edge) => firstIn.get(edge.to) === edge.id);
    for (const edge of [...nested].reverse()) stack.push(edge.to);
  }

  const build = (node: MapNode): OutlineItem => ({
    node,
    answers: (out.get(node.id) ?? []).flatMap((edge): OutlineAnswer[] => {
      const target = nodes.get(edge.to);
      if (!target) return [];
      if (firstIn.get(edge.to) === edge.id) return [{ kind: 'nested', edge, item: build(target) }];
      const where =
        edge.to === edge.from
          ? 'same'
          : (order.get(edge.to) ?? 0) < (order.get(edge.from) ?? 0)
            ? 'up'
            : 'down';
      return [{ kind: 'see', edge, target, where }];
    }),
  });
  const start = nodes.get(graph.start);
  return start ? build(start) : undefined;
}
