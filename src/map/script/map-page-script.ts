/**
 * The map page's only script (a Vite input of its own: the app's React bundle is not loaded
 * here). Reads `?s=<session>` and shows it on the prerendered map; without one, or when it
 * cannot be read, the plain map stays (with a note saying why).
 */
import { linkOptionsOf, paths, SESSION_PARAM } from '../../routing/paths.ts';
import { mapPosition } from '../model/map-position.ts';
import { treeOfShape } from '../model/map-shape.ts';
import '../view/map-page.css';
import '../view/map.css';
import { scrollToHere } from '../view/scroll-to-here.ts';
import { applyPosition } from './apply-position.ts';
import { MAP_SHAPE_ID, readShape } from './read-shape.ts';

function run(): void {
  const shape = readShape(document.getElementById(MAP_SHAPE_ID)?.textContent);
  const tree = shape && treeOfShape(shape);
  const params = new URLSearchParams(location.search);
  const session = params.get(SESSION_PARAM);
  const options = linkOptionsOf(params);
  if (shape && tree && (session || options.mode === 'agent')) {
    const base = import.meta.env.BASE_URL.replace(/\/$/, '');
    applyPosition(
      document,
      mapPosition(tree, session),
      (id, s) => `${base}${paths.step(shape.slug, id, s, options)}`,
      shape.situations,
    );
  }
  openWhereYouAre();
}

/**
 * The map opens on the step marked "You are here" (the page scrolls to it when it is out of
 * sight), or on the first question when there is none: never on a side branch.
 */
function openWhereYouAre(): void {
  const box = document.querySelector<HTMLElement>('.map-scroll');
  if (!box || !scrollToHere(box)) return;
  box.querySelector('svg .map-mark--current')?.scrollIntoView({ block: 'nearest' });
}

run();
// Says the page's script has done its work (for tests and tools, as the other pages do).
document.documentElement.dataset['appReady'] = 'true';
