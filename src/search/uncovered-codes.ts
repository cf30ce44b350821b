/**
 * Code families people search for that Fixpath does not cover, because no Intuit page was found
 * to build a guide on (SOURCES-WAVE3: 15xxx update errors, payroll PS0xx, bank feeds OLSU-xxxx).
 * The front door says so plainly and how to reach Intuit safely, instead of "nothing matched".
 */
export interface UncoveredFamily {
  readonly id: 'update-15xxx' | 'payroll-ps' | 'bank-feeds-olsu';
  /** The codes as a person would name them, for "Fixpath doesn't cover ... yet". */
  readonly name: string;
}

interface Rule extends UncoveredFamily {
  /** Whether one token of a normalised query names this family. */
  readonly matches: (token: string) => boolean;
}

const RULES: readonly Rule[] = [
  {
    id: 'update-15xxx',
    name: 'the 15000-series update errors (such as 15215 or 15241)',
    matches: (token) => /^15\d{3}$/.test(token),
  },
  {
    id: 'payroll-ps',
    name: 'the payroll PS errors (such as PS032 or PS077)',
    matches: (token) => /^ps\d{2,3}$/.test(token),
  },
  {
    id: 'bank-feeds-olsu',
    name: 'the OLSU bank feed errors (such as OLSU-1013)',
    matches: (token) => /^olsu\d*$/.test(token),
  },
];

/** Every family we know of but do not cover, for the front door's list (readable without JS). */
export const UNCOVERED_FAMILIES: readonly UncoveredFamily[] = RULES.map(({ id, name }) => ({
  id,
  name,
}));

/** The uncovered family a normalised query names, if any (the first token that names one). */
export function uncoveredFamily(tokens: readonly string[]): UncoveredFamily | undefined {
  for (const token of tokens) {
    const rule = RULES.find((r) => r.matches(token));
    if (rule) return { id: rule.id, name: rule.name };
  }
  return undefined;
}
