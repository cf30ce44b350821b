import { assertNever, type NodeKind } from '../../engine/index.ts';
import type { Box } from '../model/map-layout.ts';
import { sideInset } from '../model/map-metrics.ts';

const fmt = (n: number): string => String(Math.round(n * 10) / 10);
const polygon = (points: readonly (readonly [number, number])[]): string =>
  points.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');

/**
 * Each kind has its own outline, so kinds differ by shape and not by colour alone:
 * question a hexagon, fix a rectangle, wait a capsule, expert help an octagon, fixed a
 * rectangle with a double border.
 */
export function NodeShape({ kind, box }: { readonly kind: NodeKind; readonly box: Box }) {
  const { x, y, width: w, height: h } = box;
  const inset = sideInset(kind, h);
  const className = 'map-node__shape';
  switch (kind) {
    case 'question':
      return (
        <polygon
          className={className}
          points={polygon([
            [x + inset, y],
            [x + w - inset, y],
            [x + w, y + h / 2],
            [x + w - inset, y + h],
            [x + inset, y + h],
            [x, y + h / 2],
          ])}
        />
      );
    case 'fix':
      return <rect className={className} x={x} y={y} width={w} height={h} rx={2} />;
    case 'wait':
      return <rect className={className} x={x} y={y} width={w} height={h} rx={inset} />;
    case 'escalation': {
      const c = inset;
      return (
        <polygon
          className={className}
          points={polygon([
            [x + c, y],
            [x + w - c, y],
            [x + w, y + c],
            [x + w, y + h - c],
            [x + w - c, y + h],
            [x + c, y + h],
            [x, y + h - c],
            [x, y + c],
          ])}
        />
      );
    }
    case 'resolved':
      return (
        <>
          <rect className={className} x={x} y={y} width={w} height={h} rx={8} />
          <rect
            className="map-node__inner"
            x={x + 4}
            y={y + 4}
            width={w - 8}
            height={h - 8}
            rx={5}
          />
        </>
      );
    default:
      return assertNever(kind);
  }
}
