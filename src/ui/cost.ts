import type { ClaimBasis } from '../engine/index.ts';

export interface CostRange {
  readonly label: string;
  /** What the price rests on (content names a source for each). */
  readonly basis?: ClaimBasis;
  readonly minDollars: number;
  readonly maxDollars: number;
  readonly covers: string;
}

// One formatter for every price: making an Intl formatter is slow, using one is not.
const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const dollars = (n: number): string => `$${format.format(n)}`;

/** "$100–$250", "$150" or "Free". */
export function priceRange(cost: CostRange): string {
  if (cost.maxDollars === 0) return 'Free';
  if (cost.minDollars === cost.maxDollars) return dollars(cost.minDollars);
  return `${dollars(cost.minDollars)}–${dollars(cost.maxDollars)}`;
}
