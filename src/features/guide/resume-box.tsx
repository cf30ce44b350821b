import { useEffect } from 'react';
import { Link } from 'react-router';
import { useLinkOptions } from '../../app/use-mode.ts';
import type { Tree } from '../../engine/index.ts';
import { PROGRESS_KEY, useProgressStore } from '../../store/progress-store.ts';
import { useStorageHealth } from '../../store/storage-health.ts';
import { StorageNotice } from '../../ui/storage-notice.tsx';
import { useHydrated } from '../../store/use-hydrated.ts';
import { startHref } from '../wizard/step-links.ts';
import { resumeOffer } from './resume-offer.ts';

/**
 * After mount (never in prerendered HTML): "Continue where you left off", or a short notice
 * when earlier progress could not be restored and was set aside.
 */
export function ResumeBox({ tree, slug }: { readonly tree: Tree; readonly slug: string }) {
  const hydrated = useHydrated(useProgressStore);
  const options = useLinkOptions();
  const saved = useProgressStore((state) => state.bySlug[slug]);
  const changed = useProgressStore((state) => state.changed[slug] === true);
  const setAsideStale = useProgressStore((state) => state.setAsideStale);
  const unreadable = useStorageHealth((state) => state.setAside.includes(PROGRESS_KEY));
  const outdated = useStorageHealth((state) => state.outdated.includes(PROGRESS_KEY));
  const offer = resumeOffer(tree, slug, saved, options);
  useEffect(() => {
    if (hydrated && offer.kind === 'stale') setAsideStale(slug);
  }, [hydrated, offer.kind, setAsideStale, slug]);

  if (!hydrated) return <StorageNotice />;
  const lost = changed
    ? 'the guide has changed'
    : outdated
      ? 'it was saved by an older version of Fixpath'
      : unreadable
        ? 'the saved copy was damaged'
        : undefined;
  if (lost) {
    return (
      <p className="notice" role="note">
        We couldn’t restore your earlier progress because {lost}. Start again from the beginning.
      </p>
    );
  }
  if (offer.kind === 'resume') {
    return (
      <div className="card resume" role="region" aria-label="Saved progress">
        <p>You started this guide earlier in this browser.</p>
        <div className="button-row">
          <Link className="button" to={offer.href}>
            Continue where you left off (step {offer.step}: {offer.title})
          </Link>
          <Link className="button button--secondary" to={startHref(tree, slug, options)}>
            Start again
          </Link>
        </div>
      </div>
    );
  }
  return <StorageNotice />;
}
