/**
 * The storage key of one ticked step. The tree's fingerprint is part of it, so ticks made for
 * an older shape of the guide are never shown against a changed one.
 */
export const checkKey = (
  slug: string,
  fingerprint: string,
  nodeId: string,
  stepIndex: number,
): string => `${slug}:${fingerprint}:${nodeId}:${stepIndex}`;
