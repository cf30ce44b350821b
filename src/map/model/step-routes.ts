import { choicesOf, type NodeId, type Tree } from '../../engine/index.ts';

/**
 * The fewest answers that lead from `from` to each node it can reach (breadth-first, answers
 * tried in the order they are offered, so the result is the same on every build).
 */
export function shortestRoutes(tree: Tree, from: NodeId): Map<NodeId, readonly number[]> {
  const routes = new Map<NodeId, readonly number[]>([[from, []]]);
  const queue: NodeId[] = [from];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as NodeId;
    const node = tree.nodes.get(id);
    const route = routes.get(id) ?? [];
    if (!node) continue;
    choicesOf(node).forEach((choice, index) => {
      if (routes.has(choice.next) || !tree.nodes.has(choice.next)) return;
      routes.set(choice.next, [...route, index]);
      queue.push(choice.next);
    });
  }
  return routes;
}
