import { assertNever, type NodeId, type Tree, type TreeNode } from '../../engine/index.ts';

/** The id of a node's section on the guide page; undefined for outcomes, which have none. */
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

export interface SectionLink {
  readonly href: string;
  readonly label: string;
}

/** Where a cause is dealt with on the guide page: its fix, its wait, or when to get help. */
export function causeLink(tree: Tree, fixNode: NodeId): SectionLink | undefined {
  const node = tree.nodes.get(fixNode);
  const anchor = node && nodeAnchor(node);
  if (!node || !anchor) return undefined;
  const verb =
    node.kind === 'fix' ? 'How to fix it' : node.kind === 'wait' ? 'What to do' : 'Getting help';
  return { href: `#${anchor}`, label: `${verb}: ${node.title}` };
}

/** A code as people write it: `ol-202` → `OL-202`. */
export const codeLabel = (slug: string): string => slug.toUpperCase();
