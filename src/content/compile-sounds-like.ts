import { asNodeId, sessionFromLabels, shortestSession, walk, type Tree } from '../engine/index.ts';
import type { ContentProblem } from './problem.ts';
import type { AuthoredGuidedError } from './schema/guided-error.ts';
import type { SoundsLike } from './types.ts';

type Locate = (path: readonly PropertyKey[]) => { line?: number };
type AuthoredCause = AuthoredGuidedError['causes'][number];

/**
 * A cause's "sounds like me" link: the answers that take the owner straight to its fix, by the
 * labels the author gave (`via`) or else by the shortest route. Problems are pushed, never thrown.
 */
export function compileSoundsLike(
  file: string,
  tree: Tree,
  cause: AuthoredCause,
  index: number,
  locate: Locate,
  problems: ContentProblem[],
): SoundsLike {
  const { text, via } = cause.soundsLike;
  const field = `causes[${index}] (id "${cause.id}").soundsLike.via`;
  const path = ['causes', index, 'soundsLike', 'via'];
  if (!via) {
    return { text, answers: shortestSession(tree, asNodeId(cause.fixNode))?.answers ?? [] };
  }
  const session = sessionFromLabels(tree, via);
  if (!session.ok) {
    const error = session.error;
    const at = 'stepIndex' in error ? error.stepIndex : 0;
    problems.push({
      file,
      ...locate([...path, at]),
      field: `${field}[${at}]`,
      problem:
        error.kind === 'no-such-answer'
          ? `"${error.nodeId}" has no answer "${error.label}" (it offers ${error.offered.map((l) => `"${l}"`).join(', ')})`
          : 'these answers go past the end of the tree',
      hint: 'copy each answer exactly as the tree writes it, in the order they are given',
    });
    return { text, answers: [] };
  }
  const walked = walk(tree, session.value);
  const reached = walked.ok ? walked.value.current.id : undefined;
  if (reached !== cause.fixNode) {
    problems.push({
      file,
      ...locate(path),
      field,
      problem: `these answers lead to "${reached ?? '?'}", not to this cause's fixNode "${cause.fixNode}"`,
      hint: 'change the answers so that they end on the fix, or leave "via" out to take the shortest route',
    });
  }
  return { text, answers: session.value.answers };
}
