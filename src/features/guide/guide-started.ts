import { trackEvent } from '../../lib/events/track-event.ts';
import { modeOf } from '../../routing/paths.ts';

/** The attribute on each link of an error page that starts its guide (situations, questions). */
export const STARTS_GUIDE = 'data-starts-guide';

/**
 * Counts "guide started" when a person follows one of those links (where this site's server
 * counts: see src/lib/events/). The step page that opens next counts the rest of the walk.
 */
export function countGuideStarts(root: Document = document): void {
  root.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const slug = link?.getAttribute(STARTS_GUIDE);
      if (!slug) return;
      trackEvent({ kind: 'guide-started', error: slug, mode: modeOf(window.location.search) });
    },
    { capture: true },
  );
}
