import { trackEvent } from '../../lib/events/track-event.ts';
import { countDeadlineLane } from './deadline-lane-count.ts';

/**
 * Counts a person opening an error page's deadline lane, as its own event (where this site's
 * server counts: see src/lib/events/).
 */
export function countDeadlineLanes(root: Document = document): void {
  countDeadlineLane(root, (error, mode) => trackEvent({ kind: 'deadline-lane', error, mode }));
}
