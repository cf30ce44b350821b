import type { Box } from '../model/map-layout.ts';
import { METRICS } from '../model/map-metrics.ts';

export interface TextLine {
  readonly text: string;
  readonly x: number;
  /** The baseline. */
  readonly y: number;
}

/** The baseline that centres a line of `fontSize` text in a line box `lineHeight` tall. */
const baseline = (top: number, lineHeight: number, fontSize: number): number =>
  Math.round((top + (lineHeight + fontSize * 0.7) / 2) * 10) / 10;

/** Where a node's caption goes (centred, at the top of its box). */
export function captionLine(box: Box, text: string): TextLine {
  const m = METRICS;
  return {
    text,
    x: box.x + box.width / 2,
    y: baseline(box.y + m.padY, m.captionLine, m.captionSize),
  };
}

/** Where each line of a node's title goes (centred, under the caption). */
export function titleLines(box: Box, lines: readonly string[]): TextLine[] {
  const m = METRICS;
  const top = box.y + m.padY + m.captionLine;
  return lines.map((text, i) => ({
    text,
    x: box.x + box.width / 2,
    y: baseline(top + i * m.titleLine, m.titleLine, m.titleSize),
  }));
}

/** Where each line of an answer label goes (centred in its box). */
export function labelLines(box: Box, lines: readonly string[]): TextLine[] {
  const m = METRICS;
  return lines.map((text, i) => ({
    text,
    x: box.x + box.width / 2,
    y: baseline(box.y + m.labelPadY + i * m.labelLine, m.labelLine, m.labelSize),
  }));
}
