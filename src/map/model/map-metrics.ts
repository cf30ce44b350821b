import { assertNever, type NodeKind } from '../../engine/index.ts';

/**
 * The type sizes and spacing inside a node and an answer label, shared by the layout (which
 * sizes the boxes) and the drawing (which places the text), so that the text fits its box.
 * SVG user units; the map's CSS sets the same font sizes.
 */
export const METRICS = {
  titleSize: 14,
  titleLine: 18,
  captionSize: 12,
  captionLine: 16,
  labelSize: 12,
  labelLine: 15,
  /** Space above and below the text inside a node. */
  padY: 8,
  /** Space left and right of the text inside an answer label. */
  labelPadX: 4,
  labelPadY: 2,
  /** The widest a node's title or an answer's text may run before it wraps. */
  maxTitleWidth: 190,
  maxLabelWidth: 120,
  minNodeWidth: 112,
} as const;

/**
 * How far a shape's sides lean in from its box (the points of a question's hexagon, the cut
 * corners of an escalation, the round ends of a wait): the text keeps clear of them.
 */
export function sideInset(kind: NodeKind, height: number): number {
  switch (kind) {
    case 'question':
      return Math.min(22, height / 2);
    case 'wait':
      return Math.min(18, height / 2);
    case 'escalation':
      return Math.min(12, height / 3);
    case 'fix':
    case 'resolved':
      return 10;
    default:
      return assertNever(kind);
  }
}
