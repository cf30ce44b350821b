import { choicesOf, isLeaf } from './choices.ts';
import type { NodeId, Tree } from './types.ts';

const cache = new WeakMap<Tree, ReadonlyMap<NodeId, number>>();

/**
 * For every node, the fewest further screens to reach a leaf (0 on a leaf).
 * Computed once per tree by a breadth-first search backwards from the leaves.
 */
export function distancesToLeaf(tree: Tree): ReadonlyMap<NodeId, number> {
  const cached = cache.get(tree);
  if (cached) return cached;
  const incoming = new Map<NodeId, NodeId[]>();
  const queue: NodeId[] = [];
  const distance = new Map<NodeId, number>();
  for (const node of tree.nodes.values()) {
    for (const choice of choicesOf(node)) {
      const list = incoming.get(choice.next) ?? [];
      list.push(node.id);
      incoming.set(choice.next, list);
    }
    if (isLeaf(node)) {
      distance.set(node.id, 0);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as NodeId;
    const d = distance.get(id) ?? 0;
    for (const from of incoming.get(id) ?? []) {
      if (!distance.has(from)) {
        distance.set(from, d + 1);
        queue.push(from);
      }
    }
  }
  cache.set(tree, distance);
  return distance;
}

/** "Step 3 of about 5": the current step number and an estimate of the total. */
export interface Progress {
  readonly step: number;
  readonly aboutTotal: number;
  readonly stepsLeft: number;
}

export function progress(tree: Tree, current: NodeId, answersSoFar: number): Progress {
  const stepsLeft = distancesToLeaf(tree).get(current) ?? 0;
  const step = answersSoFar + 1;
  return { step, aboutTotal: step + stepsLeft, stepsLeft };
}
