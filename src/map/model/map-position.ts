/**
 * Where a map link's session puts someone: the path they took, the step they are on, and the
 * session that opens each step they can reach from there. Pure: the map page's script and the
 * React map both render what this decides.
 */
import {
  decodeSession,
  encodeSession,
  MAX_ANSWERS,
  walk,
  type NodeId,
  type Tree,
} from '../../engine/index.ts';
import { edgeId } from './map-graph.ts';
import { shortestRoutes } from './step-routes.ts';

/** Step sessions by node id: the `s` of the step link for each node that gets a link. */
export type StepSessions = ReadonlyMap<NodeId, string>;

export interface WalkedPosition {
  readonly kind: 'walked';
  readonly current: NodeId;
  /** The nodes answered on the way here, in order (the current node is not among them). */
  readonly pathNodes: readonly NodeId[];
  /** The edges taken, in order (see `edgeId`). */
  readonly pathEdges: readonly string[];
  /** Steps on the path (going back to them) and steps ahead of the current one. */
  readonly sessions: StepSessions;
}

export type MapPosition =
  /** No session: the plain map, every step by its shortest route from the start. */
  | { readonly kind: 'none'; readonly sessions: StepSessions }
  /** A session that is damaged, or made for an older version of the tree: the plain map. */
  | {
      readonly kind: 'unreadable';
      readonly reason: 'content-changed' | 'damaged';
      readonly sessions: StepSessions;
    }
  | WalkedPosition;

function encoded(tree: Tree, answers: readonly number[]): string | undefined {
  return answers.length <= MAX_ANSWERS ? encodeSession(tree, { answers }) : undefined;
}

/** The session for each node that can be reached from `answers` (undefined if they do not replay). */
export function reachableSessions(
  tree: Tree,
  answers: readonly number[],
): StepSessions | undefined {
  const replayed = walk(tree, { answers });
  if (!replayed.ok) return undefined;
  const { path, current } = replayed.value;
  const sessions = new Map<NodeId, string>();
  for (const [id, route] of shortestRoutes(tree, current.id)) {
    const session = encoded(tree, [...answers, ...route]);
    if (session) sessions.set(id, session);
  }
  // Steps already answered open where they were answered (their latest visit).
  path.forEach((step, index) => {
    const session = encoded(tree, answers.slice(0, index));
    if (session && step.node.id !== current.id) sessions.set(step.node.id, session);
  });
  return sessions;
}

const fromStart = (tree: Tree): StepSessions => reachableSessions(tree, []) ?? new Map();

/** Reads the `s` parameter of a map link (null or empty when there is none). */
export function mapPosition(tree: Tree, raw: string | null | undefined): MapPosition {
  if (raw === null || raw === undefined || raw === '') {
    return { kind: 'none', sessions: fromStart(tree) };
  }
  const decoded = decodeSession(tree, raw);
  if (!decoded.ok) {
    const reason = decoded.error.kind === 'content-changed' ? 'content-changed' : 'damaged';
    return { kind: 'unreadable', reason, sessions: fromStart(tree) };
  }
  const { answers } = decoded.value;
  const replayed = walk(tree, decoded.value);
  const sessions = reachableSessions(tree, answers);
  if (!replayed.ok || !sessions)
    return { kind: 'unreadable', reason: 'damaged', sessions: fromStart(tree) };
  const { path, current } = replayed.value;
  return {
    kind: 'walked',
    current: current.id,
    pathNodes: path.map((step) => step.node.id),
    pathEdges: path.map((step) => edgeId(step.node.id, step.choiceIndex)),
    sessions,
  };
}
