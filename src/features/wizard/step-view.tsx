import { useEffect, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { site } from '../../content/runtime/app-content.ts';
import { situationChosen } from '../../content/runtime/situation.ts';
import type { GuidedError } from '../../content/types.ts';
import { fingerprint, type StepModel } from '../../engine/index.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { absoluteUrl, paths, type LinkOptions } from '../../routing/paths.ts';
import { basePath } from '../../routing/base-path.ts';
import { stepTitle } from '../../routing/page-meta.ts';
import { PROGRESS_KEY, progressStore } from '../../store/progress-store.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { useProgress } from '../../store/use-progress.ts';
import { useStorageHealth } from '../../store/use-storage-health.ts';
import { DocumentTitle } from '../../ui/document-title.tsx';
import { mapPaths } from '../../map/map-paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import { StorageNotice } from '../../ui/storage-notice.tsx';
import { useMounted } from '../../ui/use-mounted.ts';
import { AnswersSoFar } from './answers-so-far.tsx';
import { ArrivalNote } from './arrival-note.tsx';
import { DoneLink } from './done-link.tsx';
import { NodeScreen } from './node-screen.tsx';
import { SetAsideNote } from './set-aside-note.tsx';
import { ShareStep } from './share-step.tsx';
import { progressLabel, stepAnnouncement } from './step-label.ts';
import { useStepFocus } from './use-step-focus.ts';
import { useWalkEvents } from './use-walk-events.ts';

interface Props {
  readonly entry: GuidedError;
  readonly model: StepModel;
  readonly options: LinkOptions;
  /** Shown beside the step (agent mode's script and tools); the app decides. */
  readonly aside?: ReactNode;
}

/** Whether this page was opened from another page of this site (not a link from elsewhere). */
function cameFromThisSite(): boolean {
  try {
    return document.referrer !== '' && new URL(document.referrer).origin === location.origin;
  } catch {
    return false;
  }
}

/** One step of a guided fix: orientation around the screen for the node's kind. */
export function StepView({ entry, model, options, aside }: Props) {
  const slug = entry.slug;
  const { node } = model;
  const label = progressLabel(model);
  const heading = useStepFocus(model.encoded, stepAnnouncement(model));
  useWalkEvents(slug, model, options.mode ?? 'owner');
  const save = useProgress((state) => state.save);
  const hydrated = useHydrated(progressStore);
  const unavailable = useStorageHealth((health) => health.unavailable);
  const mounted = useMounted();
  const firstPage = useLocation().key === 'default';
  const print = fingerprint(model.tree);
  useEffect(() => {
    // Only after reading what was saved, or the read would overwrite this step; and once the
    // step is on screen (writing to storage need not hold back showing it).
    if (!hydrated) return;
    const reachedAt = Date.now();
    return afterPaint(() =>
      save(slug, {
        session: model.encoded,
        nodeId: node.id,
        fingerprint: print,
        updatedAt: reachedAt,
        step: model.progress.step,
        title: node.title,
      }),
    );
  }, [hydrated, save, slug, model.encoded, node.id, node.title, model.progress.step, print]);

  // The first page of this visit, part-way through, opened from a link made elsewhere (a
  // bookkeeper's or an agent's). Agents know where they are; the note is for the person sent it.
  const arrivedByLink =
    mounted &&
    firstPage &&
    model.route.length > 0 &&
    options.mode !== 'agent' &&
    !cameFromThisSite();
  const shareUrl = mounted
    ? absoluteUrl(paths.step(slug, node.id, model.encoded), window.location.origin, basePath())
    : '';
  const restart = paths.target(slug, model.restart, options);
  return (
    <div className="step stack" data-node-kind={node.kind}>
      <DocumentTitle title={stepTitle(site, entry.code, label, node.title)} />
      <nav className="step__top" aria-label="Step">
        {/* The page as served is built for the shortest route to this step, whatever route the
            link holds: until the script has read the link, no history (Back to a step, the
            answers so far) is shown, so it never shows a path that was not taken. */}
        {mounted && model.back ? (
          <Link className="back-link" to={paths.target(slug, model.back, options)}>
            Back
          </Link>
        ) : (
          <PageLink className="back-link" to={paths.error(slug, options)}>
            Back to the Error {entry.code} guide
          </PageLink>
        )}
      </nav>
      <div className="step__progress">
        <p className="step__label">
          <span className="muted">Error {entry.code} · </span>
          <span className="step__number">{label}</span>
          <span className="muted"> · </span>
          <PageLink className="step__map" to={mapPaths.page(slug, model.encoded, options)}>
            See the map
          </PageLink>
        </p>
        <progress value={model.progress.step} max={model.progress.aboutTotal} aria-hidden="true" />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        {node.title}
      </h1>
      {arrivedByLink && (
        <ArrivalNote
          code={entry.code}
          stepLabel={label}
          answersGiven={model.route.length}
          startPath={restart}
        />
      )}
      <StorageNotice unavailable={unavailable} />
      <SetAsideNote
        storeKey={PROGRESS_KEY}
        what="saved progress"
        name="progress"
        message={(reason) =>
          reason === 'outdated'
            ? 'Your saved place in this guide was saved by an older version of Fixpath, so it was set aside. We save your place again from this step.'
            : 'Your saved place in this guide could not be read, so it was set aside. We save your place again from this step.'
        }
      />
      {aside}
      <NodeScreen model={model} entry={entry} options={options} />
      {options.embed && model.progress.ended && <DoneLink />}
      {shareUrl && (
        <ShareStep key={shareUrl} url={shareUrl} title={`Error ${entry.code}: ${node.title}`} />
      )}
      {mounted && (
        <AnswersSoFar
          slug={slug}
          route={model.route}
          chose={situationChosen(entry.causes, model.session)}
          options={options}
        />
      )}
      <p className="step__restart">
        <Link to={restart}>Start over</Link>
        <PageLink to={paths.error(slug, options)}>Read the full Error {entry.code} guide</PageLink>
      </p>
    </div>
  );
}
