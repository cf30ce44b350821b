import type { FixStep } from '../engine/index.ts';
import { useChecksStore } from '../store/checks-store.ts';
import { useHydrated } from '../store/use-hydrated.ts';
import { MenuPath } from './menu-path.tsx';
import { RiskWarning } from './risk-warning.tsx';

interface Props {
  readonly steps: readonly FixStep[];
  /** Storage key of each step's tick box (see `checkKey`). */
  readonly keyOf: (stepIndex: number) => string;
  /** Unique prefix for element ids on this page. */
  readonly idPrefix: string;
}

/** A fix procedure as a numbered checklist whose ticks stay ticked in this browser. */
export function FixSteps({ steps, keyOf, idPrefix }: Props) {
  const hydrated = useHydrated(useChecksStore);
  const ticked = useChecksStore((state) => state.ticked);
  const tick = useChecksStore((state) => state.tick);
  return (
    <ol className="fix-steps">
      {steps.map((step, index) => {
        const id = `${idPrefix}-${index}`;
        const key = keyOf(index);
        return (
          <li key={key} className="fix-steps__step">
            {step.risk && <RiskWarning text={step.risk} />}
            <div className="check">
              <input
                id={id}
                type="checkbox"
                className="check__box"
                checked={hydrated && ticked[key] === true}
                onChange={(event) => tick(key, event.currentTarget.checked)}
              />
              <label htmlFor={id} className="check__label">
                {step.text}
              </label>
            </div>
            {step.menuPath && (
              <p className="fix-steps__menu">
                <MenuPath items={step.menuPath} />
              </p>
            )}
            {step.note && <p className="fix-steps__note muted">{step.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
