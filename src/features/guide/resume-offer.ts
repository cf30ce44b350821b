import type { SavedWalk } from '../../store/progress-store.ts';

export type ResumeOffer =
  | { readonly kind: 'none' }
  | {
      readonly kind: 'resume';
      readonly nodeId: string;
      readonly session: string;
      readonly step: number;
      /** The step's title when it was saved; older saves have none. */
      readonly title: string | undefined;
    }
  /** Saved for a different shape of this guide: its answers could now lead elsewhere. */
  | { readonly kind: 'stale' };

/** Answers in an encoded session (`k3f9-0210` has four). */
const answersIn = (session: string): number => session.slice(session.indexOf('-') + 1).length;

/**
 * What to offer on an error's page, given what this browser saved for it and the page's tree
 * fingerprint. The page needs no tree: the fingerprint says whether the saved answers still
 * lead where they did, and the step page checks them again when it opens.
 */
export function resumeOffer(saved: SavedWalk | undefined, fingerprint: string): ResumeOffer {
  if (!saved) return { kind: 'none' };
  if (saved.fingerprint !== fingerprint || !saved.session.startsWith(`${fingerprint}-`)) {
    return { kind: 'stale' };
  }
  const answers = answersIn(saved.session);
  if (answers === 0) return { kind: 'none' };
  return {
    kind: 'resume',
    nodeId: saved.nodeId,
    session: saved.session,
    step: saved.step ?? answers + 1,
    title: saved.title,
  };
}
