import type { StepProgress } from '../engine/index.ts';

/**
 * The one step number a screen says: "Step 3 of about 5" (or "Step 5 of 5" at an ending). The
 * step page, its print and the map all say it from the engine's `StepProgress`, so owner,
 * bookkeeper and agent name the same step.
 */
export const progressText = (progress: StepProgress): string =>
  progress.ended
    ? `Step ${progress.step} of ${progress.step}`
    : `Step ${progress.step} of about ${progress.aboutTotal}`;
