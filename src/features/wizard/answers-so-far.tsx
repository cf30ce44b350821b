import { Link } from 'react-router';
import type { RouteStep } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';

/** The situation chosen, if any, then the answers given, each with a link to change it. */
export function AnswersSoFar({
  slug,
  route,
  chose,
  options,
}: {
  readonly slug: string;
  readonly route: readonly RouteStep[];
  /** The situation chosen on the error's page, which stands for the questions it skipped. */
  readonly chose?: string | undefined;
  readonly options: LinkOptions;
}) {
  if (route.length === 0 && chose === undefined) return null;
  return (
    <section className="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers so far</h2>
      <dl className="answers__list">
        {chose !== undefined && (
          <div className="answers__row">
            <dt>Chose</dt>
            <dd>{chose}</dd>
          </div>
        )}
        {route.map((step) => (
          <div key={step.stepNumber} className="answers__row">
            <dt>{step.node.title}</dt>
            <dd>{step.choice.label}</dd>
            <dd className="answers__change">
              <Link to={paths.target(slug, step.change, options)}>
                Change <span className="visually-hidden">your answer to “{step.node.title}”</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">Changing an answer clears the answers that came after it.</p>
    </section>
  );
}
