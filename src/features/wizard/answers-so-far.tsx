import { Link } from 'react-router';
import type { RouteStep } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';

/** The answers given so far, each with a link that goes back to change it. */
export function AnswersSoFar({
  slug,
  route,
  options,
}: {
  readonly slug: string;
  readonly route: readonly RouteStep[];
  readonly options: LinkOptions;
}) {
  if (route.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers so far</h2>
      <dl className="answers__list">
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
