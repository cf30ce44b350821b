import type { LinkOptions } from '../../app/paths.ts';
import { absoluteUrl, paths } from '../../app/paths.ts';
import {
  answer,
  back,
  encodeSession,
  rewindTo,
  start,
  walk,
  type Choice,
  type Session,
  type Tree,
} from '../../engine/index.ts';

/** The URL of the step a session leads to (the start, if the session leads nowhere). */
export function stepHref(
  tree: Tree,
  slug: string,
  session: Session,
  options?: LinkOptions,
): string {
  const walked = walk(tree, session);
  const safe = walked.ok ? session : start();
  const nodeId = walked.ok ? walked.value.current.id : tree.start;
  return paths.step(slug, nodeId, encodeSession(tree, safe), options);
}

/** The first step with no answers: "Fix it step by step" and "Start over". */
export const startHref = (tree: Tree, slug: string, options?: LinkOptions): string =>
  stepHref(tree, slug, start(), options);

/** Back along the path actually taken; undefined at the first step. */
export function backHref(
  tree: Tree,
  slug: string,
  session: Session,
  options?: LinkOptions,
): string | undefined {
  if (session.answers.length === 0) return undefined;
  return stepHref(tree, slug, back(session), options);
}

export interface ChoiceLink {
  readonly choice: Choice;
  readonly href: string;
}

/** Each way out of the current step with the URL it leads to. */
export function choiceLinks(
  tree: Tree,
  slug: string,
  session: Session,
  choices: readonly Choice[],
  options?: LinkOptions,
): ChoiceLink[] {
  return choices.flatMap((choice, index) => {
    const next = answer(tree, session, index);
    return next.ok ? [{ choice, href: stepHref(tree, slug, next.value, options) }] : [];
  });
}

/** The answer given at step `stepIndex`, with a link that goes back there to change it. */
export interface AnswerSoFar {
  readonly stepIndex: number;
  readonly question: string;
  readonly answer: string;
  readonly changeHref: string;
}

export function answersSoFar(
  tree: Tree,
  slug: string,
  session: Session,
  options?: LinkOptions,
): AnswerSoFar[] {
  const walked = walk(tree, session);
  if (!walked.ok) return [];
  return walked.value.path.map((step, stepIndex) => ({
    stepIndex,
    question: step.node.title,
    answer: step.choice.label,
    changeHref: stepHref(tree, slug, rewindTo(session, stepIndex), options),
  }));
}

/**
 * The URL to give someone else for this exact step: owner view (agent mode dropped), absolute,
 * on whatever host and base path this copy is served from.
 */
export function shareableStepUrl(
  slug: string,
  nodeId: string,
  encoded: string,
  origin: string,
  basePath: string,
): string {
  return absoluteUrl(paths.step(slug, nodeId, encoded), origin, basePath);
}
