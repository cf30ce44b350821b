import { assertNever, type TreeNode } from '../../engine/index.ts';

/** The id of a node's section on the checklist page; undefined for outcomes, which have none. */
export function nodeAnchor(node: TreeNode): string | undefined {
  switch (node.kind) {
    case 'fix':
      return `fix-${node.id}`;
    case 'wait':
      return `wait-${node.id}`;
    case 'escalation':
      return `help-${node.id}`;
    case 'question':
    case 'resolved':
      return undefined;
    default:
      return assertNever(node);
  }
}
