export interface CostRange {
  readonly label: string;
  readonly minDollars: number;
  readonly maxDollars: number;
  readonly covers: string;
}

const dollars = (n: number): string =>
  `$${n.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;

/** "$100–$250", "$150" or "Free". */
export function priceRange(cost: CostRange): string {
  if (cost.maxDollars === 0) return 'Free';
  if (cost.minDollars === cost.maxDollars) return dollars(cost.minDollars);
  return `${dollars(cost.minDollars)}–${dollars(cost.maxDollars)}`;
}
