import { trackEvent } from '../../lib/events/track-event.ts';
import { modeOf } from '../../routing/paths.ts';

/** The attribute on each link of an error page that starts its guide (situations, questions). */
export const STARTS_GUIDE = 'data-starts-guide';
/** The attribute on a situation's link: the situation's place in the error's list. */
export const CHOOSES_SITUATION = 'data-situation';

/**
 * Counts "guide started" when a person follows one of those links, and the situation chosen when
 * the link is one (where this site's server counts: see src/lib/events/). The step page that
 * opens next counts the rest of the walk.
 */
export function countGuideStarts(root: Document = document): void {
  root.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a') : null;
      const slug = link?.getAttribute(STARTS_GUIDE);
      if (!slug) return;
      const mode = modeOf(window.location.search);
      trackEvent({ kind: 'guide-started', error: slug, mode });
      const situation = Number(link?.getAttribute(CHOOSES_SITUATION) ?? Number.NaN);
      if (Number.isInteger(situation) && situation >= 0) {
        trackEvent({ kind: 'situation-chosen', error: slug, mode, situation });
      }
    },
    { capture: true },
  );
}
