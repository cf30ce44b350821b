/**
 * A step reached in a call: its number on the route and its node (`3:clear-ssl`). Going Back
 * and reaching the same step again gives the same key; a different route to the same node
 * gives another. The numbers themselves come from the engine's step model.
 */
export type StepKey = `${number}:${string}`;

export const stepKey = (number: number, nodeId: string): StepKey => `${number}:${nodeId}`;

/** "Step 3", as both sides of a call say it. */
export const stepText = (number: number): string => `Step ${number}`;
