import { choicesOf, type NodeId, type Tree, type TreeNode } from '../../engine/index.ts';
import { edgeId, type MapEdge, type MapGraph, type MapNode } from './map-graph.ts';
import { markedSourceStep } from './source-step.ts';

export interface MapGraphOptions {
  /** Which fixes are the source's numbered repair steps (default: content's `sourceStep`). */
  readonly sourceStepOf?: (node: TreeNode) => number | undefined;
}

/** Nodes breadth-first from the start; any node not reached (content forbids them) after. */
function readingOrder(tree: Tree): TreeNode[] {
  const order: TreeNode[] = [];
  const seen = new Set<NodeId>();
  const queue: NodeId[] = [tree.start];
  seen.add(tree.start);
  for (let head = 0; head < queue.length; head++) {
    const node = tree.nodes.get(queue[head] as NodeId);
    if (!node) continue;
    order.push(node);
    for (const choice of choicesOf(node)) {
      if (seen.has(choice.next)) continue;
      seen.add(choice.next);
      queue.push(choice.next);
    }
  }
  for (const node of tree.nodes.values()) if (!seen.has(node.id)) order.push(node);
  return order;
}

/** The map of a tree: every node, and one edge per answer labelled with the answer's text. */
export function buildMapGraph(tree: Tree, options: MapGraphOptions = {}): MapGraph {
  const sourceStepOf = options.sourceStepOf ?? markedSourceStep;
  const ordered = readingOrder(tree);
  const nodes: MapNode[] = ordered.map((node) => {
    const sourceStep = sourceStepOf(node);
    return {
      id: node.id,
      kind: node.kind,
      title: node.title,
      ...(sourceStep === undefined ? {} : { sourceStep }),
    };
  });
  const edges: MapEdge[] = ordered.flatMap((node) =>
    choicesOf(node).flatMap((choice, choiceIndex) =>
      tree.nodes.has(choice.next)
        ? [
            {
              id: edgeId(node.id, choiceIndex),
              from: node.id,
              to: choice.next,
              choiceIndex,
              label: choice.label,
              retry: choice.retry === true,
            },
          ]
        : [],
    ),
  );
  return { treeId: tree.id, start: tree.start, nodes, edges };
}
