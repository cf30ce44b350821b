import { useEffect, useEffectEvent, useRef } from 'react';
import { assertNever, fixOutcome, sessionChange, type StepModel } from '../../engine/index.ts';
import { afterPaintOrOnLeaving } from '../../lib/after-paint.ts';
import { trackEvent } from '../../lib/events/track-event.ts';
import type { Mode } from '../../routing/paths.ts';

/** A step reached, in the guide and mode it was reached in. */
interface Reached {
  readonly slug: string;
  readonly mode: Mode;
  readonly model: StepModel;
}

/**
 * The walk's outcome events, read from how the step model changed (so every way of moving
 * counts the same: an answer's link, an agent's digit, Back, Change, the browser's buttons):
 * the step reached; before it, the answer taken (and what it said about a fix), Back, a changed
 * answer or a fresh start. Nothing is sent where the site does not count (src/lib/events/).
 */
export function useWalkEvents(slug: string, model: StepModel, mode: Mode): void {
  const previous = useRef<Reached | undefined>(undefined);
  const reached = useEffectEvent((now: Reached) => {
    const before = previous.current;
    // Counted already (React runs an effect twice in development).
    if (before && before.slug === now.slug && before.mode === now.mode) {
      if (before.model.encoded === now.model.encoded) return;
    }
    previous.current = now;
    const on = { error: now.slug, mode: now.mode } as const;
    const { model: after } = now;
    if (before && before.model.tree === after.tree) {
      const change = sessionChange(before.model.session, after.session);
      switch (change.kind) {
        case 'answer': {
          const node = before.model.node.id;
          trackEvent({ kind: 'answer', ...on, node, choice: change.choice });
          const outcome = fixOutcome(before.model.node, change.choice);
          if (outcome) trackEvent({ kind: 'fix-outcome', ...on, node, fixed: outcome === 'fixed' });
          break;
        }
        case 'back':
          trackEvent({ kind: 'back', ...on, node: before.model.node.id });
          break;
        case 'rewind':
          trackEvent({ kind: 'answer-changed', ...on, node: after.node.id });
          break;
        case 'restart':
          trackEvent({ kind: 'start-over', ...on });
          break;
        case 'jump':
          break;
        default:
          assertNever(change);
      }
    }
    trackEvent({ kind: 'node-reached', ...on, node: after.node.id });
  });
  const current = useEffectEvent((): Reached => ({ slug, mode, model }));
  // One set of events per step reached (the session says which), once the step is on screen:
  // counting need not hold back showing it. A step left before its paint (the next answer came
  // at once) is still counted, as it is left, so that answer is counted from it.
  useEffect(() => {
    const now = current();
    return afterPaintOrOnLeaving(() => reached(now));
  }, [slug, mode, model.encoded]);
}
