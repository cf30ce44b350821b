import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import type { LinkOptions } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { nodePath, startPath } from './guide-links.ts';

/**
 * "Which of these sounds like you?": one situation per cause in the owner's words, each a real
 * link straight to the step that deals with it, and "I don't know" for the questions.
 */
export function SoundsLikeMe({
  entry,
  tree,
  options,
}: {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly options: LinkOptions;
}) {
  const situations = entry.causes.flatMap((cause) => {
    const to = nodePath(tree, entry.slug, cause.fixNode, options);
    return to ? [{ id: cause.id, text: cause.title, to }] : [];
  });
  return (
    <section className="sounds-like card" aria-labelledby="sounds-like-title">
      <h2 id="sounds-like-title">Which of these sounds like you?</h2>
      <ul className="situations">
        {situations.map((situation) => (
          <li key={situation.id}>
            <PageLink className="situation" to={situation.to}>
              {situation.text}
            </PageLink>
          </li>
        ))}
        <li>
          <PageLink
            className="situation situation--guide"
            to={startPath(tree, entry.slug, options)}
          >
            I don&rsquo;t know: guide me with a few questions
          </PageLink>
        </li>
      </ul>
    </section>
  );
}
