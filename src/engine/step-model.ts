import { assertNever } from './assert-never.ts';
import { choicesOf, isLeaf } from './choices.ts';
import { decodeSession, encodeSession, fingerprintOf, type DecodeError } from './codec.ts';
import { distancesToLeaf } from './estimate.ts';
import { err, ok, type Result } from './result.ts';
import { back, prefixOf, walk, type Session, type WalkError } from './session.ts';
import { shortestSession } from './shortest-session.ts';
import { asNodeId, type Choice, type NodeId, type Tree, type TreeNode } from './types.ts';

/**
 * Everything a step screen shows, decided once: the walk, the step number and progress, where
 * each choice leads, the Back target, the answers so far and what each fix's answer meant.
 * Screens, the agent layer, the resume offer and the call record read this; none of them walks
 * the tree or counts steps again. Targets are (node, encoded session) pairs: the routing layer
 * turns them into URLs.
 */

/** A step to go to: the node the answers lead to, and those answers encoded for the URL. */
export interface StepTarget {
  readonly nodeId: NodeId;
  readonly session: string;
}

/** "Did this fix it?" as the answer to a fix screen means it. */
export type FixOutcome = 'fixed' | 'not-fixed';

/** One way on from the step on screen. */
export interface ChoiceModel {
  /** Position among the node's choices (0-based), the digit an agent presses is `index + 1`. */
  readonly index: number;
  readonly choice: Choice;
  readonly target: StepTarget;
  /** On a fix screen, what taking this choice says about the fix. */
  readonly outcome: FixOutcome | undefined;
}

/** A screen already passed on the route taken, and the answer given there. */
export interface RouteStep {
  /** 1-based position on the route: "Step 3". */
  readonly stepNumber: number;
  readonly node: TreeNode;
  readonly choiceIndex: number;
  readonly choice: Choice;
  /** On a fix screen, what the answer said about the fix. */
  readonly outcome: FixOutcome | undefined;
  /** Back to this screen with its answer (and every later one) cleared, to change it. */
  readonly change: StepTarget;
}

export interface StepProgress {
  /** 1-based position of this screen on the route taken. */
  readonly step: number;
  /** The estimate of the whole route: the step number plus the longest route still ahead. */
  readonly aboutTotal: number;
  readonly stepsLeft: number;
  /** True on an ending (resolved or escalation): the total is then exact. */
  readonly ended: boolean;
}

export interface StepModel {
  readonly tree: Tree;
  readonly session: Session;
  /** The session as it belongs in the URL. */
  readonly encoded: string;
  readonly node: TreeNode;
  readonly progress: StepProgress;
  readonly choices: readonly ChoiceModel[];
  /** One step back along the route taken; undefined on the first screen and on the step a situation led to (Back is then the error page). */
  readonly back: StepTarget | undefined;
  /** The first screen with no answers. */
  readonly restart: StepTarget;
  /** The screens passed so far, in order. */
  readonly route: readonly RouteStep[];
  /** Numbers for the items of a fix on screen: "3.1", "3.2"...; empty for other kinds. */
  readonly itemNumbers: readonly string[];
}

/**
 * Why a step address cannot be shown: the session's decode error, a node that disagrees, or a
 * link from another tree (its answers belong to another tree and it names a step this one lacks).
 */
export type StepProblem =
  | DecodeError
  | { readonly kind: 'wrong-node'; readonly named: string; readonly leadsTo: NodeId }
  | {
      readonly kind: 'not-in-guide';
      readonly named: string;
      /** The other tree the link was made for, when its fingerprint names one (see stepModel). */
      readonly guide?: string;
    };

/** What taking choice `index` on `node` says about a fix: its first choice is "fixed". */
export function fixOutcome(node: TreeNode, index: number): FixOutcome | undefined {
  switch (node.kind) {
    case 'fix':
      return index === 0 ? 'fixed' : 'not-fixed';
    case 'question':
    case 'wait':
    case 'escalation':
    case 'resolved':
      return undefined;
    default:
      return assertNever(node);
  }
}

const itemCount = (node: TreeNode): number => (node.kind === 'fix' ? node.steps.length : 0);

/** The target of a session that is known to be valid (a prefix of a walked route). */
const targetOf = (tree: Tree, session: Session, nodeId: NodeId): StepTarget => ({
  nodeId,
  session: encodeSession(tree, session),
});

/** The model of the screen a valid session leads to. */
export function stepModelOf(tree: Tree, session: Session): Result<StepModel, WalkError> {
  const walked = walk(tree, session);
  if (!walked.ok) return walked;
  const { path, current } = walked.value;
  const answers = session.answers;
  const stepNumber = path.length + 1;
  const stepsLeft = distancesToLeaf(tree).get(current.id) ?? 0;
  const ended = isLeaf(current);
  const choices = choicesOf(current).flatMap((choice, index): ChoiceModel[] =>
    tree.nodes.has(choice.next)
      ? [
          {
            index,
            choice,
            target: targetOf(tree, { ...session, answers: [...answers, index] }, choice.next),
            outcome: fixOutcome(current, index),
          },
        ]
      : [],
  );
  // A situation chosen stands for its answers: they were not given, so they are not on the route.
  const implied = session.situation?.implied ?? 0;
  const route = path.flatMap((step, index): RouteStep[] =>
    index < implied
      ? []
      : [
          {
            stepNumber: index + 1,
            node: step.node,
            choiceIndex: step.choiceIndex,
            choice: step.choice,
            outcome: fixOutcome(step.node, step.choiceIndex),
            change: targetOf(tree, prefixOf(session, index), step.node.id),
          },
        ],
  );
  const previous = path.at(-1);
  return ok({
    tree,
    session,
    encoded: encodeSession(tree, session),
    node: current,
    progress: {
      step: stepNumber,
      aboutTotal: stepNumber + stepsLeft,
      stepsLeft,
      ended,
    },
    choices,
    // Back goes where the person came from: from the step a "sounds like me" situation led to,
    // that is the error's page (the questions it stood for were never shown to them).
    back:
      previous && session.answers.length > (session.situation?.implied ?? 0)
        ? targetOf(tree, back(session), previous.node.id)
        : undefined,
    restart: targetOf(tree, { answers: [] }, tree.start),
    route,
    itemNumbers: Array.from({ length: itemCount(current) }, (_, i) => `${stepNumber}.${i + 1}`),
  });
}

/**
 * Reads a step address (`nodeId` from the path, the encoded session from the query) against the
 * tree. The answers decide where the person is; a node id that disagrees is reported, never
 * silently corrected. `others` names the other trees by fingerprint (`fingerprint(tree)` to a
 * name the caller chooses): a link whose fingerprint is another tree's belongs to that tree,
 * even when its step name is one this tree has too.
 */
export function stepModel(
  tree: Tree,
  nodeId: string | undefined,
  encoded: unknown,
  others: ReadonlyMap<string, string> = new Map(),
): Result<StepModel, StepProblem> {
  const decoded = decodeSession(tree, encoded);
  if (!decoded.ok) {
    const named = nodeId ?? '';
    const print = decoded.error.kind === 'content-changed' ? fingerprintOf(encoded) : undefined;
    const guide = print === undefined ? undefined : others.get(print);
    if (guide !== undefined) return err({ kind: 'not-in-guide', named, guide });
    // Not an older version of this tree: a step this tree never had (another guide's link).
    const foreign = decoded.error.kind === 'content-changed' && !tree.nodes.has(asNodeId(named));
    return foreign ? err({ kind: 'not-in-guide', named }) : decoded;
  }
  const model = stepModelOf(tree, decoded.value);
  if (!model.ok) return model;
  const leadsTo = model.value.node.id;
  if (nodeId !== leadsTo) return err({ kind: 'wrong-node', named: nodeId ?? '', leadsTo });
  return model;
}

/** The first screen of a tree, with no answers. */
export const startTarget = (tree: Tree): StepTarget => targetOf(tree, { answers: [] }, tree.start);

/** The step a node is first reached at, by the fewest answers; undefined if none reaches it. */
export function shortestTarget(tree: Tree, nodeId: NodeId): StepTarget | undefined {
  const session = shortestSession(tree, nodeId);
  return session ? targetOf(tree, { answers: session.answers }, nodeId) : undefined;
}
