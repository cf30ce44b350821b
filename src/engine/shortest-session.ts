import { choicesOf } from './choices.ts';
import type { Session } from './session.ts';
import type { NodeId, Tree } from './types.ts';

/**
 * The fewest answers that lead from the tree's start to `target`, as a session, or undefined
 * when no route reaches it. Breadth-first, trying each node's choices in the order they are
 * offered, so among equally short routes the one with the earliest answers wins (the same
 * route every time). A screen builds a "straight to this step" link from it.
 */
export function shortestSession(tree: Tree, target: NodeId): Session | undefined {
  if (!tree.nodes.has(target)) return undefined;
  const reachedBy = new Map<NodeId, readonly number[]>([[tree.start, []]]);
  const queue: NodeId[] = [tree.start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as NodeId;
    const answers = reachedBy.get(id) ?? [];
    if (id === target) return { answers };
    const node = tree.nodes.get(id);
    if (!node) continue;
    choicesOf(node).forEach((choice, index) => {
      if (reachedBy.has(choice.next)) return;
      reachedBy.set(choice.next, [...answers, index]);
      queue.push(choice.next);
    });
  }
  return undefined;
}

/** How many answers the shortest route to `target` takes, or undefined if none reaches it. */
export function answersToReach(tree: Tree, target: NodeId): number | undefined {
  return shortestSession(tree, target)?.answers.length;
}
