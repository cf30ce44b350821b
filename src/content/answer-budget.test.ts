/**
 * The triage budget (issue 10): from the start of every guided error's tree, each cause's fix
 * is at most two answers away, and its "sounds like me" link takes no more than that.
 */
import { describe, expect, it } from 'vitest';
import { answersToReach, walk } from '../engine/index.ts';
import { readContentDir } from './read-content-dir.ts';
import { toTree } from './runtime/to-tree.ts';
import type { GuidedError } from './types.ts';

const MAX_ANSWERS = 2;

const content = readContentDir(process.cwd(), process.env['FIXPATH_CONTENT_DIR'] ?? 'content');
if (!content.ok) throw new Error('content/ does not pass the content check');
const guided = content.content.errors.filter((e): e is GuidedError => e.kind === 'guided');

describe.each(guided.map((entry) => [entry.slug, entry] as const))('%s', (_slug, entry) => {
  const tree = toTree(entry.tree);

  it.each(entry.causes.map((cause) => [cause.id, cause] as const))(
    `cause %s: its fix is at most ${MAX_ANSWERS} answers from the start`,
    (_id, cause) => {
      expect(answersToReach(tree, cause.fixNode)).toBeLessThanOrEqual(MAX_ANSWERS);
      expect(cause.soundsLike.answers.length).toBeLessThanOrEqual(MAX_ANSWERS);
      const walked = walk(tree, { answers: cause.soundsLike.answers });
      expect(walked.ok && walked.value.current.id).toBe(cause.fixNode);
    },
  );
});
