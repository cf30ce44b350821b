import type { Cause } from '../../content/types.ts';
import { shortestTarget, startTarget, type Tree } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';

/**
 * A code as people write it: the code QuickBooks shows when the content gives it
 * (`6189-816` -> `-6189, -816`), otherwise the slug in capitals (`ol-202` -> `OL-202`).
 */
export const codeLabel = (slug: string, codeNames?: Readonly<Record<string, string>>): string =>
  (codeNames && Object.hasOwn(codeNames, slug) ? codeNames[slug] : undefined) ?? slug.toUpperCase();

/** "Fix it step by step": the first question, with no answers. */
export const startPath = (tree: Tree, slug: string, options: LinkOptions): string =>
  paths.target(slug, startTarget(tree), options);

/**
 * The step where a node is first reached, by the fewest answers: where a cause's fix is, for
 * "Sounds like me" and the list of causes. Undefined if no route reaches it.
 */
export function nodePath(
  tree: Tree,
  slug: string,
  nodeId: Cause['fixNode'],
  options: LinkOptions,
): string | undefined {
  const target = shortestTarget(tree, nodeId);
  return target && paths.target(slug, target, options);
}
