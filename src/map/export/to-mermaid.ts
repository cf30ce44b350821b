import { assertNever, type NodeKind } from '../../engine/index.ts';
import type { MapGraph, MapNode } from '../model/map-graph.ts';
import { exportTitle, kindColours } from './export-style.ts';

const KINDS: readonly NodeKind[] = ['question', 'fix', 'wait', 'escalation', 'resolved'];

/**
 * Content ids are lower-case words joined by single hyphens; Mermaid ids must not be keywords
 * (`end`) nor start an edge's arrow letter (`o`, `x`), so each gets an `n_` prefix and
 * underscores for hyphens (one to one: content ids never contain an underscore).
 */
const mermaidId = (id: string): string => `n_${id.replace(/-/g, '_')}`;

/** Text inside a quoted Mermaid label: quotes and markup as entity codes. */
const quoted = (text: string): string =>
  `"${text
    .replace(/\s+/g, ' ')
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')}"`;

function shape(node: MapNode): string {
  const label = quoted(exportTitle(node));
  switch (node.kind) {
    case 'question':
      return `{{${label}}}`;
    case 'fix':
      return `[${label}]`;
    case 'wait':
      return `([${label}])`;
    case 'escalation':
      return `[[${label}]]`;
    case 'resolved':
      return `(${label})`;
    default:
      return assertNever(node.kind);
  }
}

/** The tree as a Mermaid flowchart, top to bottom; "try again" answers as dotted arrows. */
export function toMermaid(graph: MapGraph, heading: string): string {
  const lines = [
    `%% ${heading.replace(/\s+/g, ' ')}`,
    `%% Starts at ${graph.start}. Made by npm run visualise.`,
    'flowchart TD',
  ];
  for (const node of graph.nodes) lines.push(`  ${mermaidId(node.id)}${shape(node)}`);
  for (const edge of graph.edges) {
    const arrow = edge.retry ? '-.->' : '-->';
    lines.push(`  ${mermaidId(edge.from)} ${arrow}|${quoted(edge.label)}| ${mermaidId(edge.to)}`);
  }
  for (const kind of KINDS) {
    const { fill, stroke } = kindColours(kind);
    lines.push(`  classDef ${kind} fill:${fill},stroke:${stroke},color:#0b0c0c`);
  }
  lines.push('  classDef source stroke-width:4px');
  for (const kind of KINDS) {
    const ids = graph.nodes.filter((n) => n.kind === kind).map((n) => mermaidId(n.id));
    if (ids.length > 0) lines.push(`  class ${ids.join(',')} ${kind}`);
  }
  const sources = graph.nodes.filter((n) => n.sourceStep !== undefined).map((n) => mermaidId(n.id));
  if (sources.length > 0) lines.push(`  class ${sources.join(',')} source`);
  return `${lines.join('\n')}\n`;
}
