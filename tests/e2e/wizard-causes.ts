/**
 * For each cause of each covered error: the answers an owner with that cause clicks. They are
 * derived from the content itself: each cause's "sounds like me" route (its `soundsLike.answers`,
 * the same answers its link on the error page gives), read back as the labels on screen. The
 * journeys fail if either the screens or the content stop leading to the cause's fix.
 */
import { readContentDir } from '../../src/content/read-content-dir.ts';
import { toTree } from '../../src/content/runtime/to-tree.ts';
import type { GuidedError } from '../../src/content/types.ts';
import { walk } from '../../src/engine/index.ts';

const FIXED = 'Yes, the error is gone';
const NOT_FIXED = 'No, I still see the error';

export { FIXED, NOT_FIXED };

export interface CauseJourney {
  readonly slug: string;
  readonly cause: string;
  /** The cause's "sounds like me" situation, as its link on the error page reads. */
  readonly situation: string;
  readonly answers: readonly string[];
  readonly fixNode: string;
  readonly fixTitle: string;
}

const content = readContentDir(process.cwd(), process.env['FIXPATH_CONTENT_DIR'] ?? 'content');

function guided(slug: string): GuidedError {
  if (!content.ok) throw new Error('content/ does not pass the content check');
  const entry = content.content.errors.find((e) => e.slug === slug);
  if (entry?.kind !== 'guided') throw new Error(`no guided error "${slug}"`);
  return entry;
}

/** Every guided error in the content, so that a new guide gets its journeys with no list to edit. */
export function guidedSlugs(): string[] {
  if (!content.ok) throw new Error('content/ does not pass the content check');
  return content.content.errors.flatMap((e) => (e.kind === 'guided' ? [e.slug] : []));
}

/** Every cause in the content, with the labels of its route; a broken route fails loudly. */
export function causeJourneys(slug: string): CauseJourney[] {
  const entry = guided(slug);
  const tree = toTree(entry.tree);
  return entry.causes.map((cause) => {
    const walked = walk(tree, { answers: cause.soundsLike.answers });
    if (!walked.ok) throw new Error(`${slug}/${cause.id}: ${JSON.stringify(walked.error)}`);
    return {
      slug,
      cause: cause.id,
      situation: cause.soundsLike.text,
      answers: walked.value.path.map((step) => step.choice.label),
      fixNode: cause.fixNode,
      fixTitle: tree.nodes.get(cause.fixNode)?.title ?? `(no node ${cause.fixNode})`,
    };
  });
}
