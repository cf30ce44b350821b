import { Link } from 'react-router';
import type { ChoiceLink } from './step-links.ts';

/** The ways on from a step, as large links: each answer is the URL of the next step. */
export function ChoiceList({
  links,
  idPrefix,
}: {
  readonly links: readonly ChoiceLink[];
  readonly idPrefix: string;
}) {
  return (
    <ul className="choices" aria-label="Choices">
      {links.map(({ choice, href }, index) => {
        const hintId = `${idPrefix}-hint-${index}`;
        return (
          <li key={`${index}-${choice.label}`} className="choices__item">
            <Link className="choice" to={href} aria-describedby={choice.hint ? hintId : undefined}>
              {choice.label}
            </Link>
            {choice.hint && (
              <p id={hintId} className="choices__hint">
                {choice.hint}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
