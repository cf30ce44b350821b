import { assertNever, type NodeKind } from '../../engine/index.ts';
import type { MapGraph, MapNode } from '../model/map-graph.ts';
import { exportTitle, kindColours, wrapWords } from './export-style.ts';

const escape = (text: string): string => text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');

/** A quoted DOT string. */
const dotString = (text: string): string => `"${escape(text.replace(/\s+/g, ' '))}"`;

/** A quoted DOT label, wrapped with DOT's own `\n` line breaks. */
const dotLabel = (text: string, width: number): string =>
  `"${escape(wrapWords(text, width, '\n')).replace(/\n/g, '\\n')}"`;

function shapeOf(kind: NodeKind): string {
  switch (kind) {
    case 'question':
      return 'shape=hexagon';
    case 'fix':
      return 'shape=box';
    case 'wait':
      return 'shape=box, style="rounded,filled"';
    case 'escalation':
      return 'shape=octagon';
    case 'resolved':
      return 'shape=box, style="rounded,filled", peripheries=2';
    default:
      return assertNever(kind);
  }
}

function nodeLine(node: MapNode): string {
  const { fill, stroke } = kindColours(node.kind);
  const attrs = [
    `label=${dotLabel(exportTitle(node), 28)}`,
    shapeOf(node.kind),
    `fillcolor="${fill}"`,
    `color="${stroke}"`,
    ...(node.sourceStep === undefined ? [] : ['penwidth=3']),
  ];
  return `  ${dotString(node.id)} [${attrs.join(', ')}];`;
}

/** The tree as a Graphviz digraph, top to bottom; "try again" answers as dashed edges. */
export function toDot(graph: MapGraph, heading: string): string {
  const lines = [
    `// ${heading.replace(/\s+/g, ' ')}`,
    `// Starts at ${graph.start}. Made by npm run visualise.`,
    `digraph ${dotString(graph.treeId)} {`,
    '  rankdir=TB;',
    '  node [fontname="Helvetica", fontsize=11, style=filled];',
    '  edge [fontname="Helvetica", fontsize=10];',
    ...graph.nodes.map(nodeLine),
  ];
  for (const edge of graph.edges) {
    const attrs = [`label=${dotLabel(edge.label, 20)}`, ...(edge.retry ? ['style=dashed'] : [])];
    lines.push(`  ${dotString(edge.from)} -> ${dotString(edge.to)} [${attrs.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
