import type { StepModel } from '../../engine/index.ts';
import { progressText } from '../../ui/progress-label.ts';

/** "Step 3 of about 5" (or "Step 5 of 5" at an ending): the same words as the map's. */
export const progressLabel = ({ progress }: StepModel): string => progressText(progress);

/** What the live region says after moving to a step: "Step 3 of about 5: <title>". */
export const stepAnnouncement = (model: StepModel): string =>
  `${progressLabel(model)}: ${model.node.title}`;
