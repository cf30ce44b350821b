import type { StepModel } from '../../engine/index.ts';

/** "Step 3 of about 5" (or "Step 5 of 5" at an ending). */
export const progressLabel = ({ progress }: StepModel): string =>
  progress.ended
    ? `Step ${progress.step} of ${progress.step}`
    : `Step ${progress.step} of about ${progress.aboutTotal}`;

/** What the live region says after moving to a step: "Step 3 of about 5: <title>". */
export const stepAnnouncement = (model: StepModel): string =>
  `${progressLabel(model)}: ${model.node.title}`;
