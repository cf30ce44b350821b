import { encodeSession, sessionFromLabels, walk } from '../engine/index.ts';
import { basisOf, claimProblems, pageSources, sourceTypes } from './claims.ts';
import type { RawFile } from './compile-content.ts';
import type { ContentProblem } from './problem.ts';
import { toTree } from './runtime/to-tree.ts';
import type { AuthoredNeighbourError } from './schema/neighbour-error.ts';
import type { GuidedError, InGuide, NeighbourError } from './types.ts';

type AuthoredInGuide = NonNullable<AuthoredNeighbourError['inGuide']>;

/**
 * A neighbouring code's link into one of our guides: the answers (by label) that lead to the
 * step it fits, replayed on that guide's tree and encoded for the link. Undefined, with a
 * problem pushed, when a label is not one the tree offers. (A slug that names no guided error is
 * reported by the link check in compile-content.)
 */
export function compileInGuide(
  raw: RawFile,
  authored: AuthoredInGuide,
  guide: GuidedError,
  problems: ContentProblem[],
): InGuide | undefined {
  const tree = toTree(guide.tree);
  const session = sessionFromLabels(tree, authored.via ?? []);
  if (!session.ok) {
    const error = session.error;
    const at = 'stepIndex' in error ? error.stepIndex : 0;
    const line = raw.lineOf?.(['inGuide', 'via', at]);
    problems.push({
      file: raw.file,
      ...(line === undefined ? {} : { line }),
      field: `inGuide.via[${at}]`,
      problem:
        error.kind === 'no-such-answer'
          ? `"${error.nodeId}" in ${guide.slug}.yaml has no answer "${error.label}" (it offers ${error.offered.map((l) => `"${l}"`).join(', ')})`
          : `these answers go past the end of the ${guide.slug} guide`,
      hint: `copy each answer exactly as ${guide.slug}.yaml writes it, in the order they are given`,
    });
    return undefined;
  }
  const walked = walk(tree, session.value);
  if (!walked.ok) return undefined;
  const node = walked.value.current;
  return {
    slug: guide.slug,
    text: authored.text,
    nodeId: node.id,
    stepTitle: node.title,
    answers: session.value.answers,
    session: encodeSession(tree, session.value),
  };
}

/** The neighbouring code with its authored `inGuide` resolved against the guide it names. */
export function withInGuide(
  raw: RawFile,
  authored: AuthoredNeighbourError,
  guides: ReadonlyMap<string, GuidedError>,
  problems: ContentProblem[],
): NeighbourError {
  problems.push(
    ...claimProblems(raw.file, authored, (path) => {
      const line = raw.lineOf?.(path);
      return line === undefined ? {} : { line };
    }),
  );
  const { inGuide, source, sources, ...authoredRest } = authored;
  const basis = basisOf(source, sourceTypes(authored));
  const rest = { ...authoredRest, sources: pageSources(sources), ...(basis ? { basis } : {}) };
  const guide = inGuide && guides.get(inGuide.slug);
  const resolved = inGuide && guide && compileInGuide(raw, inGuide, guide, problems);
  return resolved ? { ...rest, inGuide: resolved } : rest;
}
