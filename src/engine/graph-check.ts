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

/** Nodes from which no resolved or escalation node can be reached. */
function findDeadEnds(byId: ReadonlyMap<NodeId, TreeNode>): GraphIssue[] {
  const leadsOut = new Set<NodeId>();
  for (const node of byId.values()) if (isLeaf(node)) leadsOut.add(node.id);
  let changed = true;
  while (changed) {
    changed = false;
    for (const node of byId.values()) {
      if (!leadsOut.has(node.id) && choicesOf(node).some((c) => leadsOut.has(c.next))) {
        leadsOut.add(node.id);
        changed = true;
      }
    }
  }
  return [...byId.keys()].filter((id) => !leadsOut.has(id)).map((id) => ({ kind: 'dead-end', id }));
}

/** Cycles made only of ordinary edges. A loop must pass through an edge marked `retry`. */
function findUnmarkedLoops(start: NodeId, byId: ReadonlyMap<NodeId, TreeNode>): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const state = new Map<NodeId, 'open' | 'done'>();
  const trail: NodeId[] = [];
  const reported = new Set<string>();
  const visit = (id: NodeId): void => {
    state.set(id, 'open');
    trail.push(id);
    const node = byId.get(id);
    for (const choice of node ? choicesOf(node) : []) {
      if (choice.retry || !byId.has(choice.next)) continue;
      const seen = state.get(choice.next);
      if (seen === 'open') {
        const cycle = trail.slice(trail.indexOf(choice.next));
        const key = cycle.join('>');
        if (!reported.has(key)) issues.push({ kind: 'unmarked-loop', cycle });
        reported.add(key);
      } else if (seen === undefined) {
        visit(choice.next);
      }
    }
    trail.pop();
    state.set(id, 'done');
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
