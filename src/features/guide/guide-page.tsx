import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import type { GuidedError } from '../../content/types.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import { encodeSession, start } from '../../engine/index.ts';

/** A covered error's page (first cut): summary and the way into the guided fix. */
export function GuidePage({ entry }: { readonly entry: GuidedError }) {
  const tree = toTree(entry.tree);
  return (
    <article className="stack">
      <h1>{entry.title}</h1>
      {entry.summary.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p>
        <Link
          className="button"
          to={paths.step(entry.slug, tree.start, encodeSession(tree, start()))}
        >
          Fix it step by step
        </Link>
      </p>
    </article>
  );
}
