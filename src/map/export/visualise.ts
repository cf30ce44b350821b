/**
 * `npm run visualise -- <code> --format mermaid|dot`: one guided error's tree as text for
 * authors. Pure: the script (scripts/visualise.mjs) reads content and prints what this returns.
 */
import { toTree } from '../../content/runtime/to-tree.ts';
import type { ErrorEntry, GuidedError } from '../../content/types.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import { toDot } from './to-dot.ts';
import { toMermaid } from './to-mermaid.ts';

export const FORMATS = ['mermaid', 'dot'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export type VisualiseResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly message: string };

const USAGE = 'Usage: npm run visualise -- <code> --format mermaid|dot';
const isFormat = (value: string): value is ExportFormat =>
  FORMATS.some((format) => format === value);

interface Args {
  readonly code?: string;
  readonly format?: string;
  readonly unknown?: string;
}

function parseArgs(args: readonly string[]): Args {
  let parsed: Args = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') parsed = { ...parsed, format: args[++i] ?? '' };
    else if (arg.startsWith('--format=')) parsed = { ...parsed, format: arg.slice(9) };
    else if (arg.startsWith('-') || parsed.code !== undefined) parsed = { ...parsed, unknown: arg };
    else parsed = { ...parsed, code: arg };
  }
  return parsed;
}

/** The text of one error's map in a format, or a one-line reason why not. */
export function exportMap(entry: GuidedError, format: ExportFormat): string {
  const graph = buildMapGraph(toTree(entry.tree));
  const heading = `${entry.title} (${entry.slug})`;
  return format === 'mermaid' ? toMermaid(graph, heading) : toDot(graph, heading);
}

export function visualise(errors: readonly ErrorEntry[], argv: readonly string[]): VisualiseResult {
  const args = parseArgs(argv);
  const guided = errors.filter((e): e is GuidedError => e.kind === 'guided');
  const codes = guided.map((e) => e.slug).join(', ');
  if (args.unknown !== undefined)
    return { ok: false, message: `Unknown argument "${args.unknown}". ${USAGE}` };
  if (args.code === undefined) return { ok: false, message: `${USAGE} (guided errors: ${codes})` };
  const format = args.format ?? 'mermaid';
  if (!isFormat(format)) {
    return {
      ok: false,
      message: `Unknown format "${format}": use --format mermaid or --format dot.`,
    };
  }
  const wanted = args.code.trim().toLowerCase();
  const entry = errors.find((e) => e.slug === wanted || e.code.toLowerCase() === wanted);
  if (!entry)
    return {
      ok: false,
      message: `No error "${args.code}" in the content. Guided errors: ${codes}.`,
    };
  if (entry.kind !== 'guided') {
    return {
      ok: false,
      message: `Error ${entry.code} has a short page, not a guide, so it has no tree to draw. Guided errors: ${codes}.`,
    };
  }
  return { ok: true, text: exportMap(entry, format) };
}
