import {
  decodeSession,
  encodeSession,
  err,
  ok,
  walk,
  type DecodeError,
  type Result,
  type Session,
  type Tree,
  type Walk,
} from '../../engine/index.ts';

/** Why a step URL cannot be shown: the engine's decode error, or a path that disagrees. */
export type StepProblem =
  DecodeError | { readonly kind: 'wrong-node'; readonly named: string; readonly leadsTo: string };

export interface ResolvedStep {
  readonly session: Session;
  readonly walk: Walk;
  /** The session as it belongs in the URL. */
  readonly encoded: string;
}

/**
 * Reads a step URL (`nodeId` from the path, `s` from the query) against the tree. The answers
 * decide where the user is; a node id that disagrees is reported, never silently corrected.
 */
export function resolveStep(
  tree: Tree,
  nodeId: string | undefined,
  s: string | null,
): Result<ResolvedStep, StepProblem> {
  const decoded = decodeSession(tree, s);
  if (!decoded.ok) return decoded;
  const walked = walk(tree, decoded.value);
  if (!walked.ok) return walked;
  const leadsTo = walked.value.current.id;
  if (nodeId !== leadsTo) return err({ kind: 'wrong-node', named: nodeId ?? '', leadsTo });
  return ok({
    session: decoded.value,
    walk: walked.value,
    encoded: encodeSession(tree, decoded.value),
  });
}
