import type { ErrorEntry, GuidedError } from '../../content/types.ts';
import { choicesOf, type TreeNode } from '../../engine/index.ts';

/**
 * The guided errors of the built content, as the events endpoint checks them and the insights
 * name them. The server reads the same compiled content as the build (`virtual:fixpath/all`).
 */
export interface Catalogue {
  readonly guided: readonly GuidedError[];
  error(slug: string): GuidedError | undefined;
  node(slug: string, id: string): TreeNode | undefined;
}

export function buildCatalogue(entries: readonly ErrorEntry[]): Catalogue {
  const guided = entries.filter((entry): entry is GuidedError => entry.kind === 'guided');
  const bySlug = new Map(guided.map((entry) => [entry.slug, entry]));
  const nodes = new Map(
    guided.map((entry) => [entry.slug, new Map(entry.tree.nodes.map((n) => [String(n.id), n]))]),
  );
  return {
    guided,
    error: (slug) => bySlug.get(slug),
    node: (slug, id) => nodes.get(slug)?.get(id),
  };
}

/** How many ways out a node has (its answers, or fixed / not fixed, or a wait's outcomes). */
export const choiceCount = (node: TreeNode): number => choicesOf(node).length;

/** An ending: the walk is over (fixed, or time to call an expert). */
export const isEnding = (node: TreeNode): boolean =>
  node.kind === 'resolved' || node.kind === 'escalation';
