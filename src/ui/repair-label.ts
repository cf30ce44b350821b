import { assertNever, type FixOrigin } from '../engine/index.ts';

const joined = (numbers: readonly number[]): string =>
  numbers.length < 2
    ? numbers.join('')
    : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) ?? ''}`;

/**
 * One name and number for the source's repair steps wherever a fix is shown (the error page,
 * the wizard, print, agent mode, the map): "Repair 2 of 3", "Repairs 1 and 2 of 3", or, for a
 * fix beyond them, "Added by Fixpath: not one of the 3 repairs". Never "step": a screen has one
 * step number, the route's ("Step 3 of about 6"), so that owner, bookkeeper and agent mean the
 * same thing by it. Undefined when the error's source numbers no steps.
 */
export function repairLabel(
  origin: FixOrigin | undefined,
  total: number,
  siteName: string,
): string | undefined {
  if (!origin || total === 0) return undefined;
  switch (origin.kind) {
    case 'repair-steps': {
      const numbers = origin.steps.map((step) => step.number);
      return numbers.length === 1
        ? `Repair ${joined(numbers)} of ${total}`
        : `Repairs ${joined(numbers)} of ${total}`;
    }
    case 'added-by-us':
      return `Added by ${siteName}: not one of the ${total} repairs`;
    default:
      return assertNever(origin);
  }
}
