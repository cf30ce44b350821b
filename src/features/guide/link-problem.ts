import type { StepProblem } from '../../engine/index.ts';
import { LINK_AT_PARAM, LINK_PROBLEM_PARAM } from '../../routing/paths.ts';

/**
 * Why a step link could not be opened, as the wizard hands it to the error page in the address
 * (`?link=<kind>&at=<n>`): the kind of the engine's `StepProblem`, and for an answer or a step
 * the link got wrong, its 1-based number.
 */
export interface LinkProblem {
  readonly kind: StepProblem['kind'];
  readonly at?: number;
}

const KINDS: readonly StepProblem['kind'][] = [
  'empty',
  'too-long',
  'malformed',
  'content-changed',
  'invalid-answer',
  'past-the-end',
  'missing-node',
  'wrong-node',
  'not-in-guide',
];

const isKind = (value: string | null): value is StepProblem['kind'] =>
  KINDS.some((kind) => kind === value);

/** The link problem in a query string, or undefined when there is none (or it is junk). */
export function linkProblemOf(search: string): LinkProblem | undefined {
  const params = new URLSearchParams(search);
  const kind = params.get(LINK_PROBLEM_PARAM);
  if (!isKind(kind)) return undefined;
  const at = Number(params.get(LINK_AT_PARAM));
  return Number.isInteger(at) && at > 0 && at < 100 ? { kind, at } : { kind };
}

/** What the wizard puts in the address for a problem it found. */
export function linkProblemFrom(problem: StepProblem): LinkProblem {
  switch (problem.kind) {
    case 'invalid-answer':
    case 'past-the-end':
      return { kind: problem.kind, at: problem.stepIndex + 1 };
    default:
      return { kind: problem.kind };
  }
}
