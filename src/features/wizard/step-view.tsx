import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useMode } from '../../app/use-mode.ts';
import type { GuidedError } from '../../content/types.ts';
import { choicesOf, fingerprint, type Tree } from '../../engine/index.ts';
import { LazyAgentLayer } from '../agent/lazy-agent-layer.tsx';
import { useProgressStore } from '../../store/progress-store.ts';
import { useHydrated } from '../../store/use-hydrated.ts';
import { StorageNotice } from '../../ui/storage-notice.tsx';
import { AnswersSoFar } from './answers-so-far.tsx';
import { ArrivalNote } from './arrival-note.tsx';
import { NodeScreen } from './node-screen.tsx';
import { ShareStep } from './share-step.tsx';
import type { ResolvedStep } from './resolve-step.ts';
import { stepProgress } from './step-label.ts';
import { answersSoFar, backHref, choiceLinks, shareableStepUrl, startHref } from './step-links.ts';
import { useStepFocus } from './use-step-focus.ts';

interface Props {
  readonly entry: GuidedError;
  readonly tree: Tree;
  readonly step: ResolvedStep;
}

/** One step of a guided fix: orientation around the screen for the node's kind. */
export function StepView({ entry, tree, step }: Props) {
  const mode = useMode();
  const options = { mode };
  const slug = entry.slug;
  const node = step.walk.current;
  const print = fingerprint(tree);
  const progress = stepProgress(tree, step.walk);
  const heading = useStepFocus(step.encoded, progress.announcement);
  const save = useProgressStore((state) => state.save);
  const hydrated = useHydrated(useProgressStore);
  useEffect(() => {
    // Only after reading what was saved, or the read would overwrite this step.
    if (!hydrated) return;
    save(slug, {
      session: step.encoded,
      nodeId: node.id,
      fingerprint: print,
      updatedAt: Date.now(),
    });
  }, [hydrated, save, slug, step.encoded, node.id, print]);

  // The first page of this visit, part-way through: opened from a shared link (or refreshed).
  // Agents know where they are; the note is for the person who was sent the link.
  const arrivedByLink =
    useLocation().key === 'default' && step.session.answers.length > 0 && options.mode !== 'agent';
  const shareUrl = shareableStepUrl(
    slug,
    node.id,
    step.encoded,
    window.location.origin,
    import.meta.env.BASE_URL,
  );
  const back = backHref(tree, slug, step.session, options);
  const links = choiceLinks(tree, slug, step.session, choicesOf(node), options);
  return (
    <div className="step stack" data-node-kind={node.kind}>
      <nav className="step__top" aria-label="Step">
        {back ? (
          <Link className="back-link" to={back}>
            Back
          </Link>
        ) : (
          <Link className="back-link" to={paths.error(slug, options)}>
            Back to the Error {entry.code} guide
          </Link>
        )}
      </nav>
      <div className="step__progress">
        <p className="step__label">
          <span className="muted">Error {entry.code} · </span>
          {progress.label}
        </p>
        <progress value={progress.step} max={progress.total} aria-hidden="true" />
      </div>
      <h1 ref={heading} tabIndex={-1}>
        {node.title}
      </h1>
      {arrivedByLink && (
        <ArrivalNote
          code={entry.code}
          stepLabel={progress.label}
          answersGiven={step.session.answers.length}
          startHref={startHref(tree, slug, options)}
        />
      )}
      <StorageNotice />
      {mode === 'agent' && (
        <LazyAgentLayer
          error={entry}
          tree={tree}
          session={step.session}
          walked={step.walk}
          encoded={step.encoded}
        />
      )}
      <NodeScreen
        node={node}
        entry={entry}
        links={links}
        fingerprint={print}
        visit={step.encoded}
      />
      <ShareStep key={shareUrl} url={shareUrl} title={`Error ${entry.code}: ${node.title}`} />
      <AnswersSoFar answers={answersSoFar(tree, slug, step.session, options)} />
      <p className="step__restart">
        <Link to={startHref(tree, slug, options)}>Start over</Link>
        <Link to={paths.error(slug, options)}>Read the full Error {entry.code} guide</Link>
      </p>
    </div>
  );
}
