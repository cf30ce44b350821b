/**
 * The static pages' script (the front door, error pages, checklists, neighbour and not-found
 * pages). The pages are whole without it; it starts the islands that have something to do and
 * wires the print buttons. It holds no React: an island brings React only when it starts.
 */
import { EVENTS_META_NAME } from '../../lib/events/event-types.ts';
import { startIslands } from './islands.ts';
import { wirePrintButtons } from './print.ts';

wirePrintButtons();
// An address printed on the page (the checklist's "Printed from") names the page as opened.
for (const slot of document.querySelectorAll('[data-fill="address"]')) {
  slot.textContent = `${window.location.origin}${window.location.pathname}`;
}
startIslands();
// Where this site's server counts (it adds the meta tag), count the guides started from here.
if (document.querySelector(`meta[name="${EVENTS_META_NAME}"]`)) {
  void import('../../features/guide/guide-started.ts').then((m) => m.countGuideStarts());
  if (document.querySelector('[data-deadline-lane]')) {
    void import('../../features/guide/deadline-lane-events.ts').then((m) => m.countDeadlineLanes());
  }
}
document.documentElement.dataset['appReady'] = 'true';
