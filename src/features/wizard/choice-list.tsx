import { Link } from 'react-router';
import type { ChoiceModel } from '../../engine/index.ts';
import { paths, type LinkOptions } from '../../routing/paths.ts';

/** The ways on from a step, as large links: each answer is the address of the next step. */
export function ChoiceList({
  slug,
  choices,
  options,
  idPrefix,
}: {
  readonly slug: string;
  readonly choices: readonly ChoiceModel[];
  readonly options: LinkOptions;
  readonly idPrefix: string;
}) {
  // In agent mode digits pick answers: show each answer's digit (not part of its name).
  const showKeys = options.mode === 'agent';
  return (
    <ul className="choices" aria-label="Choices">
      {choices.map(({ choice, index, target }) => {
        const hintId = `${idPrefix}-hint-${index}`;
        return (
          <li key={`${index}-${choice.label}`} className="choices__item">
            <Link
              className="choice"
              to={paths.target(slug, target, options)}
              aria-describedby={choice.hint ? hintId : undefined}
            >
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
