/**
 * Where a map link's session puts someone: the path they took, the step they are on (numbered as
 * the step page numbers it), the part of the path a "sounds like me" situation stood for, and
 * the session that opens each step they can reach from there. Pure: the map page's script and
 * the React map both render what this decides.
 */
import {
  decodeSession,
  encodeSession,
  MAX_ANSWERS,
  prefixOf,
  stepModelOf,
  walk,
  type NodeId,
  type Session,
  type StepProgress,
  type Tree,
} from '../../engine/index.ts';
import { edgeId } from './map-graph.ts';
import { shortestRoutes } from './step-routes.ts';

/** Step sessions by node id: the `s` of the step link for each node that gets a link. */
export type StepSessions = ReadonlyMap<NodeId, string>;

export interface WalkedPosition {
  readonly kind: 'walked';
  readonly current: NodeId;
  /** The step number the step page shows for this session ("Step 3 of about 6"). */
  readonly progress: StepProgress;
  /**
   * The nodes the person answered on the way here, in order (the current node is not among
   * them). Never the questions a situation chosen stood for: those were not asked.
   */
  readonly pathNodes: readonly NodeId[];
  /** The edges the person took by answering, in order (see `edgeId`). */
  readonly pathEdges: readonly string[];
  /** The "sounds like me" situation chosen, by its index in the guide's list; undefined if none. */
  readonly situation: number | undefined;
  /** The nodes and edges that situation stood for (the route to where it led, not answers). */
  readonly choseNodes: readonly NodeId[];
  readonly choseEdges: readonly string[];
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

function encoded(tree: Tree, session: Session): string | undefined {
  return session.answers.length <= MAX_ANSWERS ? encodeSession(tree, session) : undefined;
}

/**
 * The session for each node that can be reached from `session` (undefined if it does not
 * replay). A situation chosen stays in every link, so no step opened from the map records its
 * answers as given.
 */
export function reachableSessions(tree: Tree, session: Session): StepSessions | undefined {
  const replayed = walk(tree, session);
  if (!replayed.ok) return undefined;
  const { path, current } = replayed.value;
  const sessions = new Map<NodeId, string>();
  for (const [id, route] of shortestRoutes(tree, current.id)) {
    const ahead = encoded(tree, { ...session, answers: [...session.answers, ...route] });
    if (ahead) sessions.set(id, ahead);
  }
  // Steps already answered open where they were answered (their latest visit).
  path.forEach((step, index) => {
    const earlier = encoded(tree, prefixOf(session, index));
    if (earlier && step.node.id !== current.id) sessions.set(step.node.id, earlier);
  });
  return sessions;
}

const fromStart = (tree: Tree): StepSessions =>
  reachableSessions(tree, { answers: [] }) ?? new Map();

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
  const model = stepModelOf(tree, decoded.value);
  const sessions = reachableSessions(tree, decoded.value);
  if (!model.ok || !sessions)
    return { kind: 'unreadable', reason: 'damaged', sessions: fromStart(tree) };
  const { node, progress, session } = model.value;
  const path = walk(tree, session);
  const steps = path.ok ? path.value.path : [];
  // The first `implied` steps were a situation chosen, not answers given (as on the step page).
  const implied = session.situation?.implied ?? 0;
  const chose = steps.slice(0, implied);
  const answered = steps.slice(implied);
  return {
    kind: 'walked',
    current: node.id,
    progress,
    pathNodes: answered.map((step) => step.node.id),
    pathEdges: answered.map((step) => edgeId(step.node.id, step.choiceIndex)),
    situation: session.situation?.index,
    choseNodes: chose.map((step) => step.node.id),
    choseEdges: chose.map((step) => edgeId(step.node.id, step.choiceIndex)),
    sessions,
  };
}
