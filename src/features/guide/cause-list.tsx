import { ClaimNote } from '../../ui/claim-note.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import { nodePath } from './guide-links.ts';
import type { GuideSectionProps } from './guide-section-props.ts';

const verbFor = (kind: string | undefined): string =>
  kind === 'fix' ? 'How to fix it' : kind === 'wait' ? 'What to do' : 'Getting help';

/** The causes, most likely first as written, each linking to the step that deals with it. */
export function CauseList({ entry, tree, options }: GuideSectionProps) {
  return (
    <section aria-labelledby="causes-title">
      <h2 id="causes-title">What causes it</h2>
      <ol className="causes">
        {entry.causes.map((cause) => {
          const node = tree.nodes.get(cause.fixNode);
          const to = nodePath(tree, entry.slug, cause.fixNode, options);
          const likelihood = [
            cause.likelihoodLabel,
            cause.likelihood === undefined ? undefined : `about ${cause.likelihood}%`,
          ].filter(Boolean);
          return (
            <li key={cause.id} id={`cause-${cause.id}`} className="causes__item">
              <h3>{cause.title}</h3>
              {likelihood.length > 0 && <p className="tag">{likelihood.join(', ')}</p>}
              <p>{cause.explanation}</p>
              <ClaimNote basis={cause.basis} />
              {node && to && (
                <p>
                  <PageLink to={to}>
                    {verbFor(node.kind)}: {node.title}
                  </PageLink>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
