import type { LinkOptions } from '../../app/paths.ts';
import { decodeSession, fingerprint, walk, type Tree } from '../../engine/index.ts';
import type { SavedWalk } from '../../store/progress-store.ts';
import { stepHref } from '../wizard/step-links.ts';

export type ResumeOffer =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'resume';
      readonly href: string;
      readonly step: number;
      readonly title: string;
    }
  /** Saved for a different shape of this guide, or it no longer leads where it said. */
  | { readonly kind: 'stale' };

/** What to offer on an error's page, given what this browser saved for it. */
export function resumeOffer(
  tree: Tree,
  slug: string,
  saved: SavedWalk | undefined,
  options?: LinkOptions,
): ResumeOffer {
  if (!saved) return { kind: 'none' };
  if (saved.fingerprint !== fingerprint(tree)) return { kind: 'stale' };
  const session = decodeSession(tree, saved.session);
  const walked = session.ok ? walk(tree, session.value) : session;
  if (!session.ok || !walked.ok || walked.value.current.id !== saved.nodeId) {
    return { kind: 'stale' };
  }
  if (session.value.answers.length === 0) return { kind: 'none' };
  return {
    kind: 'resume',
    href: stepHref(tree, slug, session.value, options),
    step: walked.value.path.length + 1,
    title: walked.value.current.title,
  };
}
