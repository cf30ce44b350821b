import { Link } from 'react-router';
import { useLinkOptions } from '../../app/use-mode.ts';
import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import { GuidePage } from '../guide/guide-page.tsx';
import { problemMessage } from './problem-message.ts';
import type { StepProblem } from './resolve-step.ts';
import { startHref } from './step-links.ts';

/**
 * A step link that cannot be trusted (cut short, edited, made for older content): the error's
 * own page, with a plain note at the top saying why the step is not shown and a fresh start.
 */
export function BrokenStep({
  entry,
  tree,
  problem,
}: {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly problem: StepProblem;
}) {
  const options = useLinkOptions();
  const message = problemMessage(problem);
  const notice = (
    <section
      className="notice notice--warning stack"
      role="alert"
      aria-labelledby="broken-title"
      data-problem={problem.kind}
    >
      <h2 id="broken-title">{message.title}</h2>
      <p>{message.body}</p>
      <p>Nothing has changed in QuickBooks or in your books. You can start the guide again.</p>
      <p>
        <Link className="button" to={startHref(tree, entry.slug, options)}>
          Start the Error {entry.code} guide from the beginning
        </Link>
      </p>
    </section>
  );
  return <GuidePage entry={entry} notice={notice} />;
}
