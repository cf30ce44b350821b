/**
 * The least of a tree that the map page's script needs to read a session: ids, kinds and
 * where each answer leads (the tree's fingerprint is made of exactly these). Embedded in the
 * page as a JSON data block; titles and answers are already in the HTML.
 */
import {
  asNodeId,
  assertNever,
  type Choice,
  type NodeId,
  type NodeKind,
  type Tree,
  type TreeNode,
} from '../../engine/index.ts';
import type { MapGraph } from './map-graph.ts';

export interface ShapeNode {
  readonly id: string;
  readonly kind: NodeKind;
  /** Where each answer leads, in the order the answers are offered. */
  readonly next: readonly string[];
  /** The positions of the answers that lead back to try again (absent when none do). */
  readonly retry?: readonly number[] | undefined;
}

export interface MapShape {
  /** The error's address slug (`102`), for step links. */
  readonly slug: string;
  readonly treeId: string;
  readonly start: string;
  readonly nodes: readonly ShapeNode[];
  /** The guide's "sounds like me" situations in its own words, by their index in a session. */
  readonly situations?: readonly string[] | undefined;
}

export function shapeOf(
  slug: string,
  graph: MapGraph,
  situations: readonly string[] = [],
): MapShape {
  return {
    slug,
    treeId: graph.treeId,
    start: graph.start,
    nodes: graph.nodes.map((node) => {
      const edges = graph.edges
        .filter((edge) => edge.from === node.id)
        .sort((a, b) => a.choiceIndex - b.choiceIndex);
      const retry = edges.flatMap((edge, index) => (edge.retry ? [index] : []));
      return {
        id: node.id,
        kind: node.kind,
        next: edges.map((edge) => edge.to),
        ...(retry.length > 0 ? { retry } : {}),
      };
    }),
    ...(situations.length > 0 ? { situations } : {}),
  };
}

function nodeOf(shape: ShapeNode): TreeNode | undefined {
  const id = asNodeId(shape.id);
  const retry = new Set(shape.retry ?? []);
  const choices = (next: readonly string[]): Choice[] =>
    next.map((to, index) => ({
      label: '',
      next: asNodeId(to),
      ...(retry.has(index) ? { retry: true } : {}),
    }));
  switch (shape.kind) {
    case 'question':
      return { kind: 'question', id, title: '', answers: choices(shape.next) };
    case 'fix': {
      const [fixed, notFixed, ...rest] = choices(shape.next);
      if (!fixed || !notFixed || rest.length > 0) return undefined;
      return { kind: 'fix', id, title: '', steps: [], fixed, notFixed };
    }
    case 'wait':
      return {
        kind: 'wait',
        id,
        title: '',
        body: '',
        wait: { minMinutes: 0, maxMinutes: 0 },
        meanwhile: [],
        dataSafety: '',
        outcomes: choices(shape.next),
      };
    case 'escalation':
      return shape.next.length === 0
        ? { kind: 'escalation', id, title: '', reason: '' }
        : undefined;
    case 'resolved':
      return shape.next.length === 0
        ? { kind: 'resolved', id, title: '', whatFixedIt: '', prevention: [] }
        : undefined;
    default:
      return assertNever(shape.kind);
  }
}

/**
 * A walkable tree with the same shape (and so the same fingerprint) as the one the shape was
 * taken from, without its words: enough to decode and replay a session. Undefined if the
 * shape is not one a tree can have.
 */
export function treeOfShape(shape: MapShape): Tree | undefined {
  const nodes = new Map<NodeId, TreeNode>();
  for (const raw of shape.nodes) {
    const node = nodeOf(raw);
    if (!node || nodes.has(node.id)) return undefined;
    nodes.set(node.id, node);
  }
  const start = asNodeId(shape.start);
  return nodes.has(start) ? { id: shape.treeId, start, nodes } : undefined;
}
