import { claimLabel } from './claim-label.ts';
import { priceRange, type CostRange } from './cost.ts';

/** Costs as "$100–$250: Consultation. Covers a first look." */
export function CostList({ costs }: { readonly costs: readonly CostRange[] }) {
  return (
    <ul className="cost-list">
      {costs.map((cost) => (
        <li key={cost.label}>
          <strong className="cost-list__price">{priceRange(cost)}</strong>: {cost.label}.{' '}
          <span className="muted">Covers: {cost.covers}</span>
          {cost.basis && <span className="claim-note"> ({claimLabel(cost.basis)})</span>}
        </li>
      ))}
    </ul>
  );
}
