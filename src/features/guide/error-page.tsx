import { Link, useParams } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useErrorEntry } from '../../app/use-error-entry.ts';
import { encodeSession, start } from '../../engine/index.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import { NotFoundPage } from '../not-found/not-found-page.tsx';

/** `/errors/<code>` (first cut): summary and the way into the guided fix. */
export function ErrorPage() {
  const slug = (useParams().slug ?? '').toLowerCase();
  const state = useErrorEntry(slug);
  if (state.status === 'missing') return <NotFoundPage />;
  if (state.status !== 'ready') return <p role="status">Loading…</p>;
  const entry = state.entry;
  if (entry.kind === 'neighbour') {
    return (
      <article className="stack">
        <h1>{entry.title}</h1>
        {entry.whatItIs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </article>
    );
  }
  const tree = toTree(entry.tree);
  return (
    <article className="stack">
      <h1>{entry.title}</h1>
      {entry.summary.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p>
        <Link className="button" to={paths.step(slug, tree.start, encodeSession(tree, start()))}>
          Fix it step by step
        </Link>
      </p>
    </article>
  );
}
