import { assertNever, type ClaimBasis } from '../engine/index.ts';

/**
 * What a claim rests on, in a few calm words for the reader: shown beside fixes, steps, waits,
 * endings, causes and prices (the content names a source for each).
 */
export function claimLabel(basis: ClaimBasis): string {
  switch (basis) {
    case 'intuit':
      return 'From Intuit’s help';
    case 'intuit-staff':
      return 'From an Intuit employee’s reply';
    case 'bank':
      return 'From a bank’s own instructions';
    case 'third-party':
      return 'Reported by third parties';
    case 'ours':
      return 'Our advice';
    default:
      return assertNever(basis);
  }
}
