import { Link } from 'react-router';
import type { AnswerSoFar } from './step-links.ts';

/** The answers given so far, each with a link that goes back to change it. */
export function AnswersSoFar({ answers }: { readonly answers: readonly AnswerSoFar[] }) {
  if (answers.length === 0) return null;
  return (
    <section className="answers" aria-labelledby="answers-title">
      <h2 id="answers-title">Your answers so far</h2>
      <dl className="answers__list">
        {answers.map((item) => (
          <div key={item.stepIndex} className="answers__row">
            <dt>{item.question}</dt>
            <dd>{item.answer}</dd>
            <dd className="answers__change">
              <Link to={item.changeHref}>
                Change <span className="visually-hidden">your answer to “{item.question}”</span>
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">Changing an answer clears the answers that came after it.</p>
    </section>
  );
}
