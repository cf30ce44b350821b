import { assertNever } from './assert-never.ts';
import type { Choice, LeafNode, TreeNode } from './types.ts';

/** The ways out of a node, in the order they are offered. Leaves have none. */
export function choicesOf(node: TreeNode): readonly Choice[] {
  switch (node.kind) {
    case 'question':
      return node.answers;
    case 'fix':
      return [node.fixed, node.notFixed];
    case 'wait':
      return node.outcomes;
    case 'escalation':
    case 'resolved':
      return [];
    default:
      return assertNever(node);
  }
}

export function isLeaf(node: TreeNode): node is LeafNode {
  return node.kind === 'escalation' || node.kind === 'resolved';
}
