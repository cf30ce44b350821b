import type { Point } from '../model/map-layout.ts';

const ARROW_LENGTH = 9;
const ARROW_HALF_WIDTH = 4.5;
const fmt = (n: number): string => String(Math.round(n * 10) / 10);
const mid = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/** The last segment's direction, as a unit vector (pointing down when there is none). */
function direction(points: readonly Point[]): Point {
  const end = points[points.length - 1];
  const before = points[points.length - 2];
  if (!end || !before) return { x: 0, y: 1 };
  const dx = end.x - before.x;
  const dy = end.y - before.y;
  const length = Math.hypot(dx, dy);
  return length === 0 ? { x: 0, y: 1 } : { x: dx / length, y: dy / length };
}

/**
 * An edge's route as an SVG path: a smooth curve through the route's bends (straight through
 * the midpoints, curving at each point), stopping short of the end for the arrowhead.
 */
export function edgePathData(points: readonly Point[]): string {
  const [first, ...rest] = points;
  const end = rest[rest.length - 1];
  if (!first || !end) return '';
  const d = direction(points);
  const tip = { x: end.x - d.x * (ARROW_LENGTH - 1), y: end.y - d.y * (ARROW_LENGTH - 1) };
  const route = [first, ...rest.slice(0, -1), tip];
  const parts = [`M${fmt(first.x)},${fmt(first.y)}`];
  for (let i = 1; i < route.length - 1; i++) {
    const corner = route[i] as Point;
    const from = mid(route[i - 1] as Point, corner);
    const to = mid(corner, route[i + 1] as Point);
    parts.push(
      `L${fmt(from.x)},${fmt(from.y)}`,
      `Q${fmt(corner.x)},${fmt(corner.y)} ${fmt(to.x)},${fmt(to.y)}`,
    );
  }
  parts.push(`L${fmt(tip.x)},${fmt(tip.y)}`);
  return parts.join(' ');
}

/** The arrowhead at the end of a route, as polygon points. */
export function arrowheadPoints(points: readonly Point[]): string {
  const end = points[points.length - 1];
  if (!end) return '';
  const d = direction(points);
  const base = { x: end.x - d.x * ARROW_LENGTH, y: end.y - d.y * ARROW_LENGTH };
  const side = { x: -d.y * ARROW_HALF_WIDTH, y: d.x * ARROW_HALF_WIDTH };
  return [
    end,
    { x: base.x + side.x, y: base.y + side.y },
    { x: base.x - side.x, y: base.y - side.y },
  ]
    .map((p) => `${fmt(p.x)},${fmt(p.y)}`)
    .join(' ');
}
