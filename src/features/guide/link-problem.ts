import { guides } from '../../content/runtime/app-content.ts';
import type { GuideRef } from '../../content/types.ts';
import type { StepProblem } from '../../engine/index.ts';
import { LINK_AT_PARAM, LINK_GUIDE_PARAM, LINK_PROBLEM_PARAM } from '../../routing/paths.ts';

/**
 * Why a step link could not be opened, as the wizard hands it to the error page in the address
 * (`?link=<kind>&at=<n>&guide=<slug>`): the kind of the engine's `StepProblem`, for an answer or
 * a step the link got wrong its 1-based number, and for a link made in another guide, that guide.
 */
export interface LinkProblem {
  readonly kind: StepProblem['kind'];
  readonly at?: number;
  readonly guide?: GuideRef;
}

/** A guided error by slug: only one this site has (the address is anyone's to edit). */
const guideOf = (slug: string | null | undefined): GuideRef | undefined =>
  guides.find((guide) => guide.slug === slug);

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
  const guide = kind === 'not-in-guide' ? guideOf(params.get(LINK_GUIDE_PARAM)) : undefined;
  return {
    kind,
    ...(Number.isInteger(at) && at > 0 && at < 100 ? { at } : {}),
    ...(guide ? { guide } : {}),
  };
}

/** What the wizard puts in the address for a problem it found. */
export function linkProblemFrom(problem: StepProblem): LinkProblem {
  switch (problem.kind) {
    case 'invalid-answer':
    case 'past-the-end':
      return { kind: problem.kind, at: problem.stepIndex + 1 };
    case 'not-in-guide': {
      const guide = guideOf(problem.guide);
      return guide ? { kind: problem.kind, guide } : { kind: problem.kind };
    }
    default:
      return { kind: problem.kind };
  }
}
