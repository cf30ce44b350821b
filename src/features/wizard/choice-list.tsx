import { Link } from 'react-router';
import { useMode } from '../../app/use-mode.ts';
import type { ChoiceLink } from './step-links.ts';

/** The ways on from a step, as large links: each answer is the URL of the next step. */
export function ChoiceList({
  links,
  idPrefix,
}: {
  readonly links: readonly ChoiceLink[];
  readonly idPrefix: string;
}) {
  // In agent mode digits pick answers: show each answer's digit (not part of its name).
  const showKeys = useMode() === 'agent';
  return (
    <ul className="choices" aria-label="Choices">
      {links.map(({ choice, href }, index) => {
        const hintId = `${idPrefix}-hint-${index}`;
        return (
          <li key={`${index}-${choice.label}`} className="choices__item">
            <Link className="choice" to={href} aria-describedby={choice.hint ? hintId : undefined}>
              {showKeys && index < 9 && (
                <kbd className="choice__key" aria-hidden="true">
                  {index + 1}
                </kbd>
              )}
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
