import { isLeaf, progress, type Tree, type Walk } from '../../engine/index.ts';

export interface StepProgress {
  readonly step: number;
  readonly total: number;
  /** "Step 3 of about 5" (or "Step 5 of 5" at an ending). */
  readonly label: string;
  /** What the live region says after moving here: "Step 3 of about 5: <title>". */
  readonly announcement: string;
}

export function stepProgress(tree: Tree, walked: Walk): StepProgress {
  const { step, aboutTotal } = progress(tree, walked.current.id, walked.path.length);
  const label = isLeaf(walked.current)
    ? `Step ${step} of ${step}`
    : `Step ${step} of about ${aboutTotal}`;
  return { step, total: aboutTotal, label, announcement: `${label}: ${walked.current.title}` };
}
