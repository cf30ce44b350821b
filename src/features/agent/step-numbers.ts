import { assertNever, type NodeId, type TreeNode, type Walk } from '../../engine/index.ts';

/**
 * Step numbers both sides of a phone call can say. "Step N" is the screen's position on the
 * route taken (answers so far + 1); "step N.k" is the k-th numbered item of a fix on screen N.
 * The same URL gives the same numbers in owner view and agent view.
 */
export interface StepLabel {
  /** 1-based position on the route. */
  readonly number: number;
  readonly node: TreeNode;
  /** "Step 3". */
  readonly label: string;
  /** Identifies a step reached in a call: the same number and node after Back is the same step. */
  readonly key: StepKey;
  /** "3.1", "3.2"... for the items of a fix procedure; empty for other kinds. */
  readonly items: readonly string[];
}

export type StepKey = `${number}:${string}`;

export const stepKey = (number: number, nodeId: NodeId | string): StepKey => `${number}:${nodeId}`;

export const stepText = (number: number): string => `Step ${number}`;

export const itemNumber = (number: number, item: number): string => `${number}.${item}`;

function itemCount(node: TreeNode): number {
  switch (node.kind) {
    case 'fix':
      return node.steps.length;
    case 'question':
    case 'wait':
    case 'escalation':
    case 'resolved':
      return 0;
    default:
      return assertNever(node);
  }
}

function labelFor(node: TreeNode, number: number): StepLabel {
  return {
    number,
    node,
    label: stepText(number),
    key: stepKey(number, node.id),
    items: Array.from({ length: itemCount(node) }, (_, index) => itemNumber(number, index + 1)),
  };
}

/** Labels for every screen of a walk, from the first question to the one on screen now. */
export function stepLabels(walked: Walk): readonly StepLabel[] {
  return [
    ...walked.path.map((step, index) => labelFor(step.node, index + 1)),
    labelFor(walked.current, walked.path.length + 1),
  ];
}

/** The label of the screen on show now (the last of `stepLabels`). */
export function currentStepLabel(walked: Walk): StepLabel {
  return labelFor(walked.current, walked.path.length + 1);
}
