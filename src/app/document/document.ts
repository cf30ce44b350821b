/**
 * The static pages' script (the front door, error pages, checklists, neighbour and not-found
 * pages). The pages are whole without it; it starts the islands that have something to do and
 * wires the print buttons. It holds no React: an island brings React only when it starts.
 */
import { startIslands } from './islands.ts';
import { wirePrintButtons } from './print.ts';

wirePrintButtons();
// An address printed on the page (the checklist's "Printed from") names the page as opened.
for (const slot of document.querySelectorAll('[data-fill="address"]')) {
  slot.textContent = `${window.location.origin}${window.location.pathname}`;
}
startIslands();
document.documentElement.dataset['appReady'] = 'true';
