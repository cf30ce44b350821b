import { Link, useParams, useSearchParams } from 'react-router';
import { paths, SESSION_PARAM } from '../../app/paths.ts';
import { useErrorEntry } from '../../app/use-error-entry.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import { answer, choicesOf, decodeSession, encodeSession, walk } from '../../engine/index.ts';
import { NotFoundPage } from '../not-found/not-found-page.tsx';

/** One step of a guided fix (first cut: a plain walk from start to an ending). */
export function StepPage() {
  const params = useParams();
  const [search] = useSearchParams();
  const slug = (params.slug ?? '').toLowerCase();
  const state = useErrorEntry(slug);
  if (state.status === 'missing') return <NotFoundPage />;
  if (state.status !== 'ready') return <p role="status">Loading…</p>;
  const entry = state.entry;
  if (entry.kind !== 'guided') return <NotFoundPage />;
  const tree = toTree(entry.tree);
  const decoded = decodeSession(tree, search.get(SESSION_PARAM));
  const walked = decoded.ok ? walk(tree, decoded.value) : decoded;
  if (!decoded.ok || !walked.ok || walked.value.current.id !== params.nodeId) {
    return (
      <section className="stack">
        <h1>This link does not lead to a step</h1>
        <p>
          <Link to={paths.error(slug)}>Start the {entry.code} guide from the beginning</Link>
        </p>
      </section>
    );
  }
  const session = decoded.value;
  const node = walked.value.current;
  return (
    <section className="stack" data-node-kind={node.kind}>
      <h1>{node.title}</h1>
      <ul aria-label="Choices">
        {choicesOf(node).map((choice, index) => {
          const next = answer(tree, session, index);
          if (!next.ok) return null;
          return (
            <li key={choice.label}>
              <Link to={paths.step(slug, choice.next, encodeSession(tree, next.value))}>
                {choice.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
