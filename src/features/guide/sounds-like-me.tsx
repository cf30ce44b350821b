import { situationSession } from '../../content/runtime/situation.ts';
import { encodeSession } from '../../engine/index.ts';
import { paths } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { startPath } from './guide-links.ts';
import type { GuideSectionProps } from './guide-section-props.ts';

/**
 * "Which of these sounds like you?": one situation per cause in the owner's words, each a real
 * link straight to the step that deals with it (with the answers that situation gives), and
 * "I don't know" for the questions.
 */
export function SoundsLikeMe({ entry, tree, options }: GuideSectionProps) {
  return (
    <section className="sounds-like card" aria-labelledby="sounds-like-title">
      <h2 id="sounds-like-title">Which of these sounds like you?</h2>
      <ul className="situations">
        {entry.causes.map((cause, index) => (
          <li key={cause.id}>
            <PageLink
              data-starts-guide={entry.slug}
              data-situation={index}
              className="situation"
              to={paths.step(
                entry.slug,
                cause.fixNode,
                // The situation is recorded as chosen: its answers were not given one by one.
                encodeSession(tree, situationSession(entry.causes, index)),
                options,
              )}
            >
              {cause.soundsLike.text}
            </PageLink>
          </li>
        ))}
        <li>
          <PageLink
            data-starts-guide={entry.slug}
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
