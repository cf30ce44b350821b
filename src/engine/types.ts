/**
 * The decision-tree model. Pure data: no React, no zod, no DOM.
 * Content is parsed into these types once, at the build-time edge (src/content).
 */

declare const nodeIdBrand: unique symbol;
/** The id of a node within one tree, e.g. `check-bank-website`. */
export type NodeId = string & { readonly [nodeIdBrand]: 'NodeId' };

export const asNodeId = (raw: string): NodeId => raw as NodeId;

/** One way out of a node: an answer to a question, or an outcome of a fix or a wait. */
export interface Choice {
  readonly label: string;
  readonly next: NodeId;
  /** Optional one-line explanation shown under the answer. */
  readonly hint?: string;
  /** Marks the edge that closes an intentional "try again" loop. */
  readonly retry?: boolean;
}

/**
 * What a claim on a page rests on: Intuit's own help, an Intuit employee's reply, a bank's page,
 * third parties only, or Fixpath's own advice. Content names a source for every claim.
 */
export type ClaimBasis = 'intuit' | 'intuit-staff' | 'bank' | 'third-party' | 'ours';

export interface QuestionNode {
  readonly kind: 'question';
  readonly id: NodeId;
  readonly title: string;
  readonly help?: string;
  readonly answers: readonly Choice[];
}

/** One of the source article's own numbered repair steps: its number and its one name. */
export interface RepairStepRef {
  readonly number: number;
  readonly name: string;
}

/**
 * Where a fix comes from, in an error whose source numbers its repair steps: one or more of
 * those steps (in order), or a fix added by us beyond them, never counted into their number.
 */
export type FixOrigin =
  | { readonly kind: 'repair-steps'; readonly steps: readonly RepairStepRef[] }
  | { readonly kind: 'added-by-us' };

export interface FixStep {
  readonly text: string;
  /** The number of the source's repair step this step belongs to, in a fix that does several. */
  readonly repairStep?: number;
  /** Menu path as QuickBooks shows it, e.g. ["Banking", "Bank Feeds", "Bank Feeds Center"]. */
  readonly menuPath?: readonly string[];
  readonly note?: string;
  /** A warning shown before this step because it can harm the books if done carelessly. */
  readonly risk?: string;
  /** What this step rests on. */
  readonly basis?: ClaimBasis;
}

export interface FixNode {
  readonly kind: 'fix';
  readonly id: NodeId;
  readonly title: string;
  readonly intro?: string;
  /** A warning shown before the whole procedure. */
  readonly risk?: string;
  /** Present when the error's source numbers its repair steps. */
  readonly origin?: FixOrigin;
  /** What the fix's title, intro and warning rest on. */
  readonly basis?: ClaimBasis;
  readonly steps: readonly FixStep[];
  /** "Did this fix it?" — yes. */
  readonly fixed: Choice;
  /** "Did this fix it?" — no: the next thing to try. */
  readonly notFixed: Choice;
}

export interface WaitDuration {
  readonly minMinutes: number;
  readonly maxMinutes: number;
}

export interface WaitNode {
  readonly kind: 'wait';
  readonly id: NodeId;
  readonly title: string;
  /** What is happening while the user waits. */
  readonly body: string;
  readonly wait: WaitDuration;
  readonly meanwhile: readonly string[];
  readonly dataSafety: string;
  /** What the waiting time rests on. */
  readonly basis?: ClaimBasis;
  /** What the user can report after waiting: it works now, it still fails, ... */
  readonly outcomes: readonly Choice[];
}

export interface EscalationNode {
  readonly kind: 'escalation';
  readonly id: NodeId;
  readonly title: string;
  /** Why the user has reached this point. */
  readonly reason: string;
  readonly basis?: ClaimBasis;
}

export interface ResolvedNode {
  readonly kind: 'resolved';
  readonly id: NodeId;
  readonly title: string;
  readonly whatFixedIt: string;
  readonly prevention: readonly string[];
}

export type TreeNode = QuestionNode | FixNode | WaitNode | EscalationNode | ResolvedNode;
export type NodeKind = TreeNode['kind'];
export type LeafNode = EscalationNode | ResolvedNode;

export interface Tree {
  /** The error code this tree belongs to, e.g. `102`. */
  readonly id: string;
  readonly start: NodeId;
  readonly nodes: ReadonlyMap<NodeId, TreeNode>;
}
