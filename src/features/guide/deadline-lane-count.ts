import type { EventMode } from '../../lib/events/event-types.ts';
import { modeOf } from '../../routing/paths.ts';

/** The attribute on the deadline lane, naming its error. */
export const DEADLINE_LANE = 'data-deadline-lane';

/** What to do when a person opens a lane: the error's slug and the page's mode. */
export type CountLane = (error: string, mode: EventMode) => void;

/**
 * Counts a person opening the deadline lane, once per lane and page, as its own choice
 * (`deadline-lane-events.ts` sends it as an event; the server stores it, and /insights shows it).
 */
export function countDeadlineLane(root: Document, count: CountLane): void {
  const counted = new Set<string>();
  root.addEventListener(
    'toggle',
    (event) => {
      const lane = event.target instanceof HTMLDetailsElement ? event.target : null;
      const slug = lane?.getAttribute(DEADLINE_LANE);
      if (!lane?.open || !slug || counted.has(slug)) return;
      counted.add(slug);
      count(slug, modeOf(window.location.search));
    },
    { capture: true },
  );
}
