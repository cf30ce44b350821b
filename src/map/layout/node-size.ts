import { captionOf } from '../model/kind-words.ts';
import type { MapEdge, MapNode } from '../model/map-graph.ts';
import { METRICS, sideInset } from '../model/map-metrics.ts';
import { textWidth, wrapText } from './measure-text.ts';

export interface Sized {
  readonly width: number;
  readonly height: number;
  readonly lines: readonly string[];
}

/** A node's box: its caption and wrapped title, clear of the shape's sloping sides. */
export function nodeSize(node: MapNode): Sized {
  const m = METRICS;
  const lines = wrapText(node.title, m.maxTitleWidth, m.titleSize);
  const textBoxWidth = Math.max(
    textWidth(captionOf(node), m.captionSize),
    ...lines.map((line) => textWidth(line, m.titleSize)),
  );
  const height = 2 * m.padY + m.captionLine + lines.length * m.titleLine;
  const width = Math.max(m.minNodeWidth, textBoxWidth + 2 * sideInset(node.kind, height) + 8);
  return { width, height, lines };
}

/** An answer label's box: the answer's text, wrapped. */
export function labelSize(edge: MapEdge): Sized {
  const m = METRICS;
  const lines = wrapText(edge.label, m.maxLabelWidth, m.labelSize);
  const width = Math.max(...lines.map((line) => textWidth(line, m.labelSize))) + 2 * m.labelPadX;
  const height = lines.length * m.labelLine + 2 * m.labelPadY;
  return { width, height, lines };
}
