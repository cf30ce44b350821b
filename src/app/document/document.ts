/**
 * The static pages' script (the front door, error pages, checklists, neighbour and not-found
 * pages). The pages are whole without it; it starts the islands that have something to do and
 * wires the print buttons. It holds no React: an island brings React only when it starts.
 */
import { startIslands } from './islands.ts';
import { wirePrintButtons } from './print.ts';

wirePrintButtons();
startIslands();
document.documentElement.dataset['appReady'] = 'true';
