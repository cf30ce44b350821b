import { assertNever, type FixOrigin } from '../engine/index.ts';

const joined = (numbers: readonly number[]): string =>
  numbers.length < 2
    ? numbers.join('')
    : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1) ?? ''}`;

/**
 * One name and number for the source's repair steps wherever a fix is shown (the error page,
 * the wizard, print, agent mode): "Repair step 2 of 3", "Repair steps 1 and 2 of 3", or, for a
 * fix beyond them, "Added by Fixpath: not one of the 3 repair steps". Undefined when the error's
 * source numbers no steps.
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
        ? `Repair step ${joined(numbers)} of ${total}`
        : `Repair steps ${joined(numbers)} of ${total}`;
    }
    case 'added-by-us':
      return `Added by ${siteName}: not one of the ${total} repair steps`;
    default:
      return assertNever(origin);
  }
}
