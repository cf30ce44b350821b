/**
 * How a map shows where someone is: class names and attributes shared by the React map (which
 * renders them from props) and the map page's script (which sets them on the prerendered map),
 * and the "You are here" tab's words and place.
 */
import type { Box } from '../model/map-layout.ts';

export const NODE_ID_ATTR = 'data-node-id';
export const EDGE_ID_ATTR = 'data-edge-id';

export const MARK = {
  /** A node answered on the way to the current one. */
  nodeOnPath: 'map-mark--path',
  /** The node the session is at. */
  current: 'map-mark--current',
  /** An edge (an answer) taken. */
  edgeOnPath: 'map-mark--path',
  /** A node or edge a "sounds like me" situation stood for: the route it led by, not answers. */
  nodeChosen: 'map-mark--chose',
  edgeChosen: 'map-mark--chose',
  /** A node that cannot be reached from the answers so far (not a link). */
  unreachable: 'map-mark--unreachable',
} as const;

export const HERE_TEXT = 'You are here';
export const HERE_CLASS = 'map-here';

/** The "You are here" tab: on the top-left corner of the current node. */
export function hereTab(node: Box): Box & { readonly textX: number; readonly textY: number } {
  const width = 92;
  const height = 20;
  const x = node.x - 6;
  const y = node.y - 14;
  return { x, y, width, height, textX: x + width / 2, textY: y + 14 };
}

/** The tag beside an answer taken, in the text version. */
export const ANSWER_TAKEN_TEXT = 'Your answer';
export const TAG_CLASS = 'map-list__tag';

/**
 * The tag beside an answer a "sounds like me" situation stood for: the situation chosen, in the
 * words the step page's "Your answers so far" uses ("Chose: …"), never "Your answer".
 */
export const choseTagText = (situation: string | undefined): string =>
  situation === undefined ? 'Chose a situation' : `Chose: ${situation}`;
