import { choicesOf } from './choices.ts';
import { err, ok, type Result } from './result.ts';
import { walk, type Session, type WalkError } from './session.ts';
import type { NodeId, Tree } from './types.ts';

export type LabelError =
  | WalkError
  | {
      readonly kind: 'no-such-answer';
      readonly stepIndex: number;
      readonly nodeId: NodeId;
      readonly label: string;
      readonly offered: readonly string[];
    };

/** The session that answers each step by its label, as a person reading the screen would. */
export function sessionFromLabels(
  tree: Tree,
  labels: readonly string[],
): Result<Session, LabelError> {
  const answers: number[] = [];
  for (const [stepIndex, label] of labels.entries()) {
    const walked = walk(tree, { answers });
    if (!walked.ok) return walked;
    const choices = choicesOf(walked.value.current);
    const index = choices.findIndex((choice) => choice.label === label);
    if (index < 0) {
      return err({
        kind: 'no-such-answer',
        stepIndex,
        nodeId: walked.value.current.id,
        label,
        offered: choices.map((choice) => choice.label),
      });
    }
    answers.push(index);
  }
  const replayed = walk(tree, { answers });
  return replayed.ok ? ok({ answers }) : replayed;
}
