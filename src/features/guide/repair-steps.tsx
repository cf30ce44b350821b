import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { nodePath } from './guide-links.ts';

/**
 * "How to fix it": each fix as a link to its step, in the order the guide takes them, and the
 * page with every checklist to print.
 */
export function RepairSteps({
  entry,
  tree,
  options,
}: {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly options: LinkOptions;
}) {
  const fixes = entry.tree.nodes.flatMap((node) =>
    node.kind === 'fix' ? [{ node, to: nodePath(tree, entry.slug, node.id, options) }] : [],
  );
  return (
    <section aria-labelledby="fixes-title">
      <h2 id="fixes-title">How to fix it</h2>
      <ol className="repair-steps">
        {fixes.map(({ node, to }) => (
          <li key={node.id}>{to ? <PageLink to={to}>{node.title}</PageLink> : node.title}</li>
        ))}
      </ol>
      <p>
        <PageLink to={paths.checklist(entry.slug, options)}>
          Every fix on one page, with boxes to tick, to print
        </PageLink>
      </p>
    </section>
  );
}
