import { choicesOf } from './choices.ts';
import { entropy, optimalPrefixCodeLength } from './info-bound.ts';
import { err, ok, type Result } from './result.ts';
import { shortestSession } from './shortest-session.ts';
import type { NodeId, Tree } from './types.ts';

/** A place the tree should get people to (a cause's fix), and how likely that cause is. */
export interface CostTarget {
  readonly node: NodeId;
  /** Percent, as written in content; leave it out where the source gives none. */
  readonly likelihood?: number | undefined;
}

/**
 * The probability of each target. Given likelihoods count in proportion; targets without one
 * share equally what the given ones leave of 100. When none is given, or the given ones leave
 * nothing for the rest, every target counts equally.
 */
export function targetWeights(targets: readonly CostTarget[]): number[] {
  const given = targets.flatMap((t) => (t.likelihood === undefined ? [] : [t.likelihood]));
  const missing = targets.length - given.length;
  const sumGiven = given.reduce((sum, p) => sum + p, 0);
  const left = Math.max(0, 100 - sumGiven);
  if (given.length === 0 || (missing > 0 && left === 0) || sumGiven <= 0) {
    return targets.map(() => 1 / targets.length);
  }
  const raw = targets.map((t) => t.likelihood ?? left / missing);
  const total = raw.reduce((sum, p) => sum + p, 0);
  return raw.map((p) => p / total);
}

/** The most ways out any step of the tree offers (at least 2): the alphabet of its answers. */
export function largestAnswerCount(tree: Tree): number {
  let most = 2;
  for (const node of tree.nodes.values()) most = Math.max(most, choicesOf(node).length);
  return most;
}

export interface AnswerCost {
  /** Fewest answers from the start to each target, in the order given. */
  readonly answers: readonly number[];
  /** Each target's probability (see `targetWeights`). */
  readonly weights: readonly number[];
  /** The expected number of answers to reach the right target: Σ weight × answers. */
  readonly expected: number;
  /** The tree's largest answer count D, the alphabet for the bounds below. */
  readonly arity: number;
  /**
   * The lower bound: the expected length of an optimal D-ary prefix code for `weights`
   * (Huffman). The answers that lead to each target form a D-ary codeword; when no target's
   * route passes through another target (`prefixFree`), those codewords are a prefix code,
   * so no tree whose steps offer at most D answers can average fewer answers than this.
   */
  readonly lowerBound: number;
  /** Shannon entropy of `weights` in base D: lowerBound lies in [entropy, entropy + 1). */
  readonly entropy: number;
  /** True when no target's shortest route passes through another target (the bound applies). */
  readonly prefixFree: boolean;
}

const isPrefix = (a: readonly number[], b: readonly number[]): boolean =>
  a.length <= b.length && a.every((answer, i) => b[i] === answer);

/** How many answers a tree takes to get people to their fix, and the floor for that figure. */
export function answerCost(
  tree: Tree,
  targets: readonly CostTarget[],
): Result<AnswerCost, { readonly kind: 'unreachable'; readonly node: NodeId }> {
  const routes: (readonly number[])[] = [];
  for (const target of targets) {
    const session = shortestSession(tree, target.node);
    if (!session) return err({ kind: 'unreachable', node: target.node });
    routes.push(session.answers);
  }
  const weights = targetWeights(targets);
  const arity = largestAnswerCount(tree);
  const prefixFree = routes.every((a, i) => routes.every((b, j) => i === j || !isPrefix(a, b)));
  return ok({
    answers: routes.map((route) => route.length),
    weights,
    expected: routes.reduce((sum, route, i) => sum + (weights[i] ?? 0) * route.length, 0),
    arity,
    lowerBound: optimalPrefixCodeLength(weights, arity),
    entropy: entropy(weights, arity),
    prefixFree,
  });
}
