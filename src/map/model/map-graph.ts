/**
 * A tree as a map: its nodes and its edges (one per answer), ready to be laid out, drawn or
 * exported. Plain data, built from the engine's tree by `buildMapGraph`.
 */
import type { NodeId, NodeKind } from '../../engine/index.ts';

export interface MapNode {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly title: string;
  /** The number of the source's repair step this fix is, where content marks one. */
  readonly sourceStep?: number;
}

export interface MapEdge {
  /** `<from>:<choice index>`: unique within a tree (see `edgeId`). */
  readonly id: string;
  readonly from: NodeId;
  readonly to: NodeId;
  /** The index of the answer at `from`: the digit a session records for it. */
  readonly choiceIndex: number;
  /** The answer's text, as the step shows it. */
  readonly label: string;
  /** True for the edge that closes an intentional "try again" loop. */
  readonly retry: boolean;
}

export interface MapGraph {
  readonly treeId: string;
  readonly start: NodeId;
  /** Breadth-first from the start, answers in the order they are offered. */
  readonly nodes: readonly MapNode[];
  /** In the order of their `from` node, then of the answers. */
  readonly edges: readonly MapEdge[];
}

export const edgeId = (from: string, choiceIndex: number): string => `${from}:${choiceIndex}`;
