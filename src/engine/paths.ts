import { choicesOf, isLeaf } from './choices.ts';
import type { LeafNode, NodeId, Tree } from './types.ts';

/** One complete walk from the start to a leaf, as the answers that take it. */
export interface RootToLeafPath {
  readonly answers: readonly number[];
  readonly nodes: readonly NodeId[];
  readonly leaf: LeafNode;
}

/**
 * Every distinct route from the start to a leaf. Retry edges are followed at most once per
 * route, so intentional loops are walked through but never spun forever.
 */
export function allPaths(tree: Tree): RootToLeafPath[] {
  const found: RootToLeafPath[] = [];
  const visit = (id: NodeId, answers: number[], nodes: NodeId[], retried: Set<string>): void => {
    const node = tree.nodes.get(id);
    if (!node) return;
    if (isLeaf(node)) {
      found.push({ answers, nodes: [...nodes, id], leaf: node });
      return;
    }
    choicesOf(node).forEach((choice, index) => {
      const edge = `${id}#${index}`;
      if (choice.retry && retried.has(edge)) return;
      const nextRetried = choice.retry ? new Set([...retried, edge]) : retried;
      visit(choice.next, [...answers, index], [...nodes, id], nextRetried);
    });
  };
  visit(tree.start, [], [], new Set());
  return found;
}
