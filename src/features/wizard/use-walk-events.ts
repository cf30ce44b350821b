import { useEffect, useEffectEvent, useRef } from 'react';
import { assertNever, fixOutcome, sessionChange, type StepModel } from '../../engine/index.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { trackEvent } from '../../lib/events/track-event.ts';
import type { Mode } from '../../routing/paths.ts';

/**
 * The walk's outcome events, read from how the step model changed (so every way of moving
 * counts the same: an answer's link, an agent's digit, Back, Change, the browser's buttons):
 * the step reached; before it, the answer taken (and what it said about a fix), Back, a changed
 * answer or a fresh start. Nothing is sent where the site does not count (src/lib/events/).
 */
export function useWalkEvents(slug: string, model: StepModel, mode: Mode): void {
  const previous = useRef<StepModel | undefined>(undefined);
  const reached = useEffectEvent(() => {
    const before = previous.current;
    previous.current = model;
    const on = { error: slug, mode } as const;
    if (before && before.tree === model.tree) {
      const change = sessionChange(before.session, model.session);
      switch (change.kind) {
        case 'answer': {
          const node = before.node.id;
          trackEvent({ kind: 'answer', ...on, node, choice: change.choice });
          const outcome = fixOutcome(before.node, change.choice);
          if (outcome) trackEvent({ kind: 'fix-outcome', ...on, node, fixed: outcome === 'fixed' });
          break;
        }
        case 'back':
          trackEvent({ kind: 'back', ...on, node: before.node.id });
          break;
        case 'rewind':
          trackEvent({ kind: 'answer-changed', ...on, node: model.node.id });
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
    trackEvent({ kind: 'node-reached', ...on, node: model.node.id });
  });
  // One set of events per step reached (the session says which), once the step is on screen:
  // counting need not hold back showing it.
  useEffect(() => afterPaint(() => reached()), [slug, mode, model.encoded]);
}
