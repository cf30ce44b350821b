import { useEffect } from 'react';
import { mountIsland, stringProp } from '../../lib/mount-island.tsx';
import { linkOptionsOf, paths, type LinkOptions } from '../../routing/paths.ts';
import { keptCopies } from '../../lib/storage/kept-copies.ts';
import { localStore } from '../../lib/storage/web-storage.ts';
import { PROGRESS_KEY, progressStore } from '../../store/progress-store.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { useProgress } from '../../store/use-progress.ts';
import { useStorageHealth } from '../../store/use-storage-health.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { SetAsideNotice } from '../../ui/set-aside-notice.tsx';
import { StorageNotice } from '../../ui/storage-notice.tsx';
import { resumeOffer } from './resume-offer.ts';

interface Props {
  readonly slug: string;
  /** The fingerprint of the tree this page was built from. */
  readonly fingerprint: string;
  /** The first step's address (with the page's mode). */
  readonly start: string;
  readonly options: LinkOptions;
}

/**
 * On an error's page, once this browser's saved progress is read: "Continue where you left
 * off", or a plain note when earlier progress could not be restored (it was set aside and kept,
 * and can be downloaded).
 */
export function ResumeBox({ slug, fingerprint, start, options }: Props) {
  const hydrated = useHydrated(progressStore);
  const saved = useProgress((state) => state.bySlug[slug]);
  const changed = useProgress((state) => state.changed[slug] === true);
  const setAsideStale = useProgress((state) => state.setAsideStale);
  const setAside = useStorageHealth((health) => health.setAside[PROGRESS_KEY]);
  const unavailable = useStorageHealth((health) => health.unavailable);
  const offer = resumeOffer(saved, fingerprint);
  useEffect(() => {
    if (hydrated && offer.kind === 'stale') setAsideStale(slug);
  }, [hydrated, offer.kind, setAsideStale, slug]);

  if (!hydrated) return null;
  const lost = changed
    ? 'the guide has changed'
    : setAside === 'outdated'
      ? 'it was saved by an older version of Fixpath'
      : setAside === 'unreadable'
        ? 'the saved copy was damaged'
        : undefined;
  if (lost) {
    return (
      <SetAsideNotice
        copies={keptCopies(localStore, PROGRESS_KEY)}
        what="saved progress"
        name="progress"
      >
        We couldn’t restore your earlier progress because {lost}. Start again from the beginning.
      </SetAsideNotice>
    );
  }
  if (offer.kind === 'resume') {
    const where = offer.title ? `step ${offer.step}: ${offer.title}` : `step ${offer.step}`;
    return (
      <div className="card resume" role="region" aria-label="Saved progress">
        <p>You started this guide earlier in this browser.</p>
        <div className="button-row">
          <PageLink className="button" to={paths.step(slug, offer.nodeId, offer.session, options)}>
            Continue where you left off ({where})
          </PageLink>
          <PageLink className="button button--secondary" to={start}>
            Start again
          </PageLink>
        </div>
      </div>
    );
  }
  return <StorageNotice unavailable={unavailable} />;
}

/** Starts the resume island in its slot (see src/app/document/islands.ts). */
export function mount(slot: HTMLElement, props: unknown): Promise<void> {
  return mountIsland(
    slot,
    <ResumeBox
      slug={stringProp(props, 'slug')}
      fingerprint={stringProp(props, 'fingerprint')}
      start={stringProp(props, 'start')}
      options={linkOptionsOf(window.location.search)}
    />,
  );
}
