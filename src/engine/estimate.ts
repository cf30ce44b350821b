import { choicesOf } from './choices.ts';
import type { NodeId, Tree } from './types.ts';

const cache = new WeakMap<Tree, ReadonlyMap<NodeId, number>>();

/**
 * For every node, the most further screens a user may still see before an ending (0 on a leaf),
 * along ordinary edges (retry loops are not counted). The longest route, not the shortest, so
 * that "Step 3 of about 7" only ever shrinks as the user goes. Computed once per tree, without
 * recursion: nodes are settled once all the nodes they lead to are.
 */
export function distancesToLeaf(tree: Tree): ReadonlyMap<NodeId, number> {
  const cached = cache.get(tree);
  if (cached) return cached;
  const parents = new Map<NodeId, NodeId[]>();
  const waitingOn = new Map<NodeId, number>();
  const distance = new Map<NodeId, number>();
  const ready: NodeId[] = [];
  for (const node of tree.nodes.values()) {
    const targets = new Set(
      choicesOf(node)
        .filter((choice) => !choice.retry && tree.nodes.has(choice.next))
        .map((choice) => choice.next),
    );
    for (const target of targets) {
      const list = parents.get(target);
      if (list) list.push(node.id);
      else parents.set(target, [node.id]);
    }
    waitingOn.set(node.id, targets.size);
    distance.set(node.id, 0);
    if (targets.size === 0) ready.push(node.id);
  }
  for (let head = 0; head < ready.length; head++) {
    const id = ready[head] as NodeId;
    const d = (distance.get(id) ?? 0) + 1;
    for (const parent of parents.get(id) ?? []) {
      distance.set(parent, Math.max(distance.get(parent) ?? 0, d));
      const left = (waitingOn.get(parent) ?? 1) - 1;
      waitingOn.set(parent, left);
      if (left === 0) ready.push(parent);
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
