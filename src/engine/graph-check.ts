import { choicesOf, isLeaf } from './choices.ts';
import { err, ok, type Result } from './result.ts';
import type { NodeId, Tree, TreeNode } from './types.ts';

/** A problem with the shape of a tree, found before anyone walks it. */
export type GraphIssue =
  | { readonly kind: 'duplicate-id'; readonly id: NodeId; readonly positions: readonly number[] }
  | { readonly kind: 'missing-start'; readonly start: NodeId }
  | {
      readonly kind: 'dangling-next';
      readonly from: NodeId;
      readonly choice: number;
      readonly to: NodeId;
    }
  | { readonly kind: 'unreachable'; readonly id: NodeId }
  | { readonly kind: 'dead-end'; readonly id: NodeId }
  | { readonly kind: 'unmarked-loop'; readonly cycle: readonly NodeId[] };

function findDuplicates(nodes: readonly TreeNode[]): GraphIssue[] {
  const positions = new Map<NodeId, number[]>();
  nodes.forEach((node, index) =>
    positions.set(node.id, [...(positions.get(node.id) ?? []), index]),
  );
  return [...positions]
    .filter(([, at]) => at.length > 1)
    .map(([id, at]) => ({ kind: 'duplicate-id', id, positions: at }));
}

function findDangling(byId: ReadonlyMap<NodeId, TreeNode>): GraphIssue[] {
  const issues: GraphIssue[] = [];
  for (const node of byId.values()) {
    choicesOf(node).forEach((choice, index) => {
      if (!byId.has(choice.next)) {
        issues.push({ kind: 'dangling-next', from: node.id, choice: index, to: choice.next });
      }
    });
  }
  return issues;
}

function reachableFrom(start: NodeId, byId: ReadonlyMap<NodeId, TreeNode>): Set<NodeId> {
  const seen = new Set<NodeId>([start]);
  const stack = [start];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    const node = byId.get(id);
    for (const choice of node ? choicesOf(node) : []) {
      if (!seen.has(choice.next) && byId.has(choice.next)) {
        seen.add(choice.next);
        stack.push(choice.next);
      }
    }
  }
  return seen;
}

/** Nodes from which no resolved or escalation node can be reached (backwards search). */
function findDeadEnds(byId: ReadonlyMap<NodeId, TreeNode>): GraphIssue[] {
  const incoming = new Map<NodeId, NodeId[]>();
  const leadsOut = new Set<NodeId>();
  const queue: NodeId[] = [];
  for (const node of byId.values()) {
    for (const choice of choicesOf(node)) {
      const list = incoming.get(choice.next);
      if (list) list.push(node.id);
      else incoming.set(choice.next, [node.id]);
    }
    if (isLeaf(node)) {
      leadsOut.add(node.id);
      queue.push(node.id);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const from of incoming.get(queue[head] as NodeId) ?? []) {
      if (!leadsOut.has(from)) {
        leadsOut.add(from);
        queue.push(from);
      }
    }
  }
  return [...byId.keys()].filter((id) => !leadsOut.has(id)).map((id) => ({ kind: 'dead-end', id }));
}

/**
 * Cycles made only of ordinary edges. A loop must pass through an edge marked `retry`.
 * Depth-first with an explicit stack, so a tree of any depth is checked without recursion.
 */
function findUnmarkedLoops(start: NodeId, byId: ReadonlyMap<NodeId, TreeNode>): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const state = new Map<NodeId, 'open' | 'done'>();
  const reported = new Set<string>();
  const ordinaryEdges = (id: NodeId): NodeId[] => {
    const node = byId.get(id);
    return (node ? choicesOf(node) : [])
      .filter((choice) => !choice.retry && byId.has(choice.next))
      .map((choice) => choice.next);
  };
  const visit = (root: NodeId): void => {
    const trail: { id: NodeId; edges: NodeId[]; next: number }[] = [];
    const open = (id: NodeId): void => {
      state.set(id, 'open');
      trail.push({ id, edges: ordinaryEdges(id), next: 0 });
    };
    open(root);
    while (trail.length > 0) {
      const top = trail[trail.length - 1];
      if (!top) break;
      const target = top.edges[top.next];
      top.next += 1;
      if (target === undefined) {
        state.set(top.id, 'done');
        trail.pop();
      } else if (state.get(target) === 'open') {
        const ids = trail.map((frame) => frame.id);
        const cycle = ids.slice(ids.indexOf(target));
        const key = cycle.join('>');
        if (!reported.has(key)) issues.push({ kind: 'unmarked-loop', cycle });
        reported.add(key);
      } else if (!state.has(target)) {
        open(target);
      }
    }
  };
  if (byId.has(start)) visit(start);
  for (const id of byId.keys()) if (!state.has(id)) visit(id);
  return issues;
}

/** Every problem with the tree's shape, or an empty list. */
export function checkGraph(start: NodeId, nodes: readonly TreeNode[]): GraphIssue[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const issues = [...findDuplicates(nodes), ...findDangling(byId)];
  if (!byId.has(start)) return [...issues, { kind: 'missing-start', start }];
  const reachable = reachableFrom(start, byId);
  for (const id of byId.keys()) if (!reachable.has(id)) issues.push({ kind: 'unreachable', id });
  return [...issues, ...findDeadEnds(byId), ...findUnmarkedLoops(start, byId)];
}

/** Builds a tree only when its graph is sound. */
export function buildTree(
  id: string,
  start: NodeId,
  nodes: readonly TreeNode[],
): Result<Tree, GraphIssue[]> {
  const issues = checkGraph(start, nodes);
  if (issues.length > 0) return err(issues);
  return ok({ id, start, nodes: new Map(nodes.map((node) => [node.id, node])) });
}
