import { choicesOf, isLeaf } from './choices.ts';
import { err, ok, type Result } from './result.ts';
import type { Choice, NodeId, Tree, TreeNode } from './types.ts';

/**
 * Where a user is in one tree: the index of each choice they took, from the start.
 * The current node is derived by replaying the answers, so a session can never point
 * at a node the answers do not lead to.
 */
export interface Session {
  readonly answers: readonly number[];
  /**
   * A situation the person chose instead of answering ("sounds like me" on the error page): its
   * position in the guide's list, and how many of the first answers it stands for. Those answers
   * were not given: records say "Chose: <situation>", never the questions it skipped.
   */
  readonly situation?: Situation | undefined;
}

export interface Situation {
  readonly index: number;
  /** How many of `answers`, from the first, the situation stands for. */
  readonly implied: number;
}

/** One step of the path actually taken: the node shown and the choice made there. */
export interface PathStep {
  readonly node: TreeNode;
  readonly choiceIndex: number;
  readonly choice: Choice;
}

/** A replayed session: the path taken and the node now on screen. */
export interface Walk {
  readonly path: readonly PathStep[];
  readonly current: TreeNode;
}

export type WalkError =
  | { readonly kind: 'missing-node'; readonly nodeId: NodeId }
  | { readonly kind: 'invalid-answer'; readonly stepIndex: number; readonly answer: number }
  | { readonly kind: 'past-the-end'; readonly stepIndex: number };

export const start = (): Session => ({ answers: [] });

function nodeAt(tree: Tree, id: NodeId): Result<TreeNode, WalkError> {
  const node = tree.nodes.get(id);
  return node ? ok(node) : err({ kind: 'missing-node', nodeId: id });
}

/** Replays a session from the start of the tree. */
export function walk(tree: Tree, session: Session): Result<Walk, WalkError> {
  const first = nodeAt(tree, tree.start);
  if (!first.ok) return first;
  let current = first.value;
  const path: PathStep[] = [];
  for (const [stepIndex, answer] of session.answers.entries()) {
    if (isLeaf(current)) return err({ kind: 'past-the-end', stepIndex });
    const choice = choicesOf(current)[answer];
    if (!choice) return err({ kind: 'invalid-answer', stepIndex, answer });
    const next = nodeAt(tree, choice.next);
    if (!next.ok) return next;
    path.push({ node: current, choiceIndex: answer, choice });
    current = next.value;
  }
  return ok({ path, current });
}

/** Takes choice `choiceIndex` at the current node. */
export function answer(
  tree: Tree,
  session: Session,
  choiceIndex: number,
): Result<Session, WalkError> {
  const next: Session = { ...session, answers: [...session.answers, choiceIndex] };
  const replayed = walk(tree, next);
  return replayed.ok ? ok(next) : replayed;
}

/**
 * The first `count` answers of a session. Its situation stays (standing for as many of them as
 * it did): going back never turns what a situation stood for into answers given. At the first
 * question, with no answers, nothing is left of it.
 */
export function prefixOf(session: Session, count: number): Session {
  const answers = session.answers.slice(0, Math.max(0, count));
  const { situation } = session;
  if (!situation || answers.length === 0) return { answers };
  return {
    answers,
    situation: { ...situation, implied: Math.min(situation.implied, answers.length) },
  };
}

/** Goes back one step along the path actually taken. At the start it stays at the start. */
export function back(session: Session): Session {
  return prefixOf(session, session.answers.length - 1);
}

/**
 * Returns to step `stepIndex` (0 = the first question) so that its answer can be changed:
 * every answer from that step on is dropped.
 */
export function rewindTo(session: Session, stepIndex: number): Session {
  return prefixOf(session, stepIndex);
}
