import type { GuidedError } from '../../content/types.ts';
import { choicesOf } from '../../engine/index.ts';
import type { InsightsReport, NodeFigures } from '../../insights/report-schema.ts';
import { isEnding } from '../events/content-catalogue.ts';
import type { ErrorFigures, ModeRow } from './insights-query.ts';

const noMode: ModeRow = {
  mode: 'all',
  starts: 0,
  walks: 0,
  start_overs: 0,
  deadline_lanes: 0,
  fixed_yes: 0,
  fixed_no: 0,
};

/** The figures of one error laid over its tree: every node, in the tree's order, with titles. */
export function buildReport(
  entry: GuidedError,
  figures: ErrorFigures,
  range: { readonly from: string | null; readonly to: string | null },
): InsightsReport {
  const mode = (name: ModeRow['mode']): ModeRow =>
    figures.modes.find((m) => m.mode === name) ?? noMode;
  const byMode = (name: 'owner' | 'agent') => {
    const m = mode(name);
    return {
      starts: m.starts,
      walks: m.walks,
      deadlineLanes: m.deadline_lanes,
      fixed: { yes: m.fixed_yes, no: m.fixed_no },
    };
  };
  const all = mode('all');
  const nodes = entry.tree.nodes.map((node): NodeFigures => {
    const f = figures.nodes.get(node.id);
    const taken = figures.answers.get(node.id);
    return {
      id: node.id,
      kind: node.kind,
      title: node.title,
      reached: f?.reached ?? 0,
      droppedOff: isEnding(node) ? 0 : (figures.lastSteps.get(node.id) ?? 0),
      back: f?.back ?? 0,
      changed: f?.changed ?? 0,
      choices: choicesOf(node).map((choice, index) => ({
        index,
        label: choice.label,
        next: choice.next,
        taken: taken?.get(index) ?? 0,
      })),
      fixed: node.kind === 'fix' ? { yes: f?.fixed_yes ?? 0, no: f?.fixed_no ?? 0 } : null,
      helpful: isEnding(node) ? { yes: f?.helpful_yes ?? 0, no: f?.helpful_no ?? 0 } : null,
    };
  });
  const situations = entry.causes.map((cause, index) => ({
    index,
    text: cause.soundsLike.text,
    chosen: figures.situations.get(index) ?? 0,
  }));
  return {
    error: { slug: entry.slug, code: entry.code, title: entry.title },
    range,
    totals: {
      starts: all.starts,
      walks: all.walks,
      startOvers: all.start_overs,
      deadlineLanes: all.deadline_lanes,
      byMode: { owner: byMode('owner'), agent: byMode('agent') },
    },
    situations,
    nodes,
  };
}
