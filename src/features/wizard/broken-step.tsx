import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import type { GuidedError } from '../../content/types.ts';
import type { Tree } from '../../engine/index.ts';
import { problemMessage } from './problem-message.ts';
import type { StepProblem } from './resolve-step.ts';
import { startHref } from './step-links.ts';

/** A step link that cannot be trusted: say why, plainly, and offer a fresh start. */
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
  return (
    <section className="stack" aria-labelledby="broken-title" data-problem={problem.kind}>
      <h1 id="broken-title">{message.title}</h1>
      <p className="lede">{message.body}</p>
      <p>Nothing has changed in QuickBooks or in your books. You can start the guide again.</p>
      <p>
        <Link className="button" to={startHref(tree, entry.slug, options)}>
          Start the Error {entry.code} guide from the beginning
        </Link>
      </p>
      <p>
        <Link to={paths.error(entry.slug, options)}>Read the full Error {entry.code} guide</Link>
      </p>
    </section>
  );
}
