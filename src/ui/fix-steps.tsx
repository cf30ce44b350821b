import type { ClaimBasis, FixStep } from '../engine/index.ts';
import { ClaimNote } from './claim-note.tsx';
import { MenuPath } from './menu-path.tsx';
import { RiskWarning } from './risk-warning.tsx';

interface Props {
  readonly steps: readonly FixStep[];
  /** Storage key of each step's tick box (see `checkKey`), also written as `data-check-key`. */
  readonly keyOf: (stepIndex: number) => string;
  /** Unique prefix for element ids on this page. */
  readonly idPrefix: string;
  /** Whether a box is ticked; undefined while nothing has been read (all unticked). */
  readonly ticked?: (key: string) => boolean;
  /** Called when a box is ticked or cleared; without it the boxes are plain HTML. */
  readonly onTick?: (key: string, on: boolean) => void;
  /** "3.1", "3.2"... before each step (agent mode and print); none when empty. */
  readonly numbers?: readonly string[];
  /** What the whole fix rests on: a step says what it rests on only where that differs. */
  readonly fixBasis?: ClaimBasis;
}

/** A fix procedure as a numbered checklist. Where the ticks are kept is the caller's business. */
export function FixSteps({
  steps,
  keyOf,
  idPrefix,
  ticked,
  onTick,
  numbers = [],
  fixBasis,
}: Props) {
  return (
    <ol className="fix-steps">
      {steps.map((step, index) => {
        const id = `${idPrefix}-${index}`;
        const key = keyOf(index);
        const number = numbers[index];
        return (
          <li key={key} className="fix-steps__step">
            {step.risk && <RiskWarning text={step.risk} />}
            <div className="check">
              <input
                id={id}
                type="checkbox"
                className="check__box"
                data-check-key={key}
                {...(onTick
                  ? {
                      checked: ticked?.(key) === true,
                      onChange: (event) => onTick(key, event.currentTarget.checked),
                    }
                  : {})}
              />
              <label htmlFor={id} className="check__label">
                {number && <span className="fix-steps__number">{number} </span>}
                {step.text}
              </label>
            </div>
            {step.menuPath && (
              <p className="fix-steps__menu">
                <MenuPath items={step.menuPath} />
              </p>
            )}
            {step.note && <p className="fix-steps__note muted">{step.note}</p>}
            {step.basis !== fixBasis && <ClaimNote basis={step.basis} />}
          </li>
        );
      })}
    </ol>
  );
}
