import { assertNever, type NodeKind } from '../../engine/index.ts';
import type { MapNode } from '../model/map-graph.ts';

/** Light-theme colours from src/styles/tokens.css, so exported diagrams look like the map. */
export function kindColours(kind: NodeKind): { readonly fill: string; readonly stroke: string } {
  switch (kind) {
    case 'question':
      return { fill: '#e8f1f8', stroke: '#1d70b8' };
    case 'fix':
      return { fill: '#f3f2f1', stroke: '#0b0c0c' };
    case 'wait':
      return { fill: '#fff4e5', stroke: '#b35900' };
    case 'escalation':
      return { fill: '#f6d7d2', stroke: '#0b0c0c' };
    case 'resolved':
      return { fill: '#e7f4ec', stroke: '#00703c' };
    default:
      return assertNever(kind);
  }
}

/** A node's text in an export: its title, numbered where it is one of the source's repair steps. */
export const exportTitle = (node: MapNode): string =>
  node.sourceStep === undefined ? node.title : `Repair ${node.sourceStep}: ${node.title}`;

/** Word wrap by characters (exports have no fonts to measure), joined by `separator`. */
export function wrapWords(text: string, maxChars: number, separator: string): string {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) {
      lines[lines.length - 1] = `${last} ${word}`;
    } else {
      lines.push(word);
    }
  }
  return lines.join(separator);
}
