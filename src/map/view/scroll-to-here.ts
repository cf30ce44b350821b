import { HERE_CLASS, MARK } from './map-marks.ts';

/** The smallest box holding every one of these boxes. */
function union(boxes: readonly DOMRect[]): DOMRect | undefined {
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((box) => box.left));
  const top = Math.min(...boxes.map((box) => box.top));
  const right = Math.max(...boxes.map((box) => box.right));
  const bottom = Math.max(...boxes.map((box) => box.bottom));
  return new DOMRect(left, top, right - left, bottom - top);
}

/**
 * Scrolls a map's box so that the step marked "You are here" (its node and its tab), or the
 * first question when no step is marked, sits in the middle of what the box shows. Only the box
 * scrolls, never the page. Returns false when the map has no such node.
 */
export function scrollToHere(scroller: HTMLElement): boolean {
  const svg = scroller.querySelector('svg');
  if (!svg) return false;
  const current = svg.querySelectorAll(`.${MARK.current}, .${HERE_CLASS}`);
  const targets = current.length > 0 ? [...current] : [svg.querySelector('.map-node')];
  const box = union(targets.flatMap((target) => (target ? [target.getBoundingClientRect()] : [])));
  if (!box) return false;
  const frame = scroller.getBoundingClientRect();
  const left = scroller.scrollLeft + box.left - frame.left - (scroller.clientWidth - box.width) / 2;
  const top = scroller.scrollTop + box.top - frame.top - (scroller.clientHeight - box.height) / 2;
  scroller.scrollTo({ left: Math.max(0, left), top: Math.max(0, top) });
  return true;
}
