import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import { causeLink } from './guide-anchors.ts';

/** The causes, most likely first as written, each pointing to where it is dealt with. */
export function CauseList({ entry, tree }: { readonly entry: GuidedError; readonly tree: Tree }) {
  return (
    <section aria-labelledby="causes-title">
      <h2 id="causes-title">What causes it</h2>
      <ol className="causes">
        {entry.causes.map((cause) => {
          const link = causeLink(tree, cause.fixNode);
          const likelihood = [
            cause.likelihoodLabel,
            cause.likelihood === undefined ? undefined : `about ${cause.likelihood}%`,
          ].filter(Boolean);
          return (
            <li key={cause.id} id={`cause-${cause.id}`} className="causes__item">
              <h3>{cause.title}</h3>
              {likelihood.length > 0 && <p className="tag">{likelihood.join(', ')}</p>}
              <p>{cause.explanation}</p>
              {link && (
                <p>
                  <a href={link.href}>{link.label}</a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
