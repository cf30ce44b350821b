import {
  asNodeId,
  assertNever,
  checkGraph,
  type Choice,
  type GraphIssue,
  type TreeNode,
} from '../engine/index.ts';
import type { AuthoredNode, AuthoredTree } from './schema/node.ts';
import type { VersionTable } from './schema/versions.ts';
import type { CompiledTree } from './types.ts';

const FIXED_LABEL = 'Yes, the error is gone';
const NOT_FIXED_LABEL = 'No, I still see the error';

type Outcome = string | { next: string; label?: string | undefined; retry?: boolean | undefined };

function outcome(raw: Outcome, defaultLabel: string): Choice {
  if (typeof raw === 'string') return { label: defaultLabel, next: asNodeId(raw) };
  return {
    label: raw.label ?? defaultLabel,
    next: asNodeId(raw.next),
    ...(raw.retry ? { retry: true } : {}),
  };
}

function choice(raw: {
  label: string;
  next: string;
  hint?: string | undefined;
  retry?: boolean | undefined;
}): Choice {
  return {
    label: raw.label,
    next: asNodeId(raw.next),
    ...(raw.hint ? { hint: raw.hint } : {}),
    ...(raw.retry ? { retry: true } : {}),
  };
}

function versionAnswers(
  node: Extract<AuthoredNode, { kind: 'version-question' }>,
  versions: VersionTable,
): Choice[] {
  const service = node.service;
  const rows = versions.rows.map((row) => {
    const ended = service
      ? row[service] === 'ended'
      : row.payroll === 'ended' || row.bankFeeds === 'ended';
    const hint = ended
      ? `Intuit's online services have ended for this version${row.endedOn ? ` (${row.endedOn})` : ''}. As of ${row.asOf}.`
      : undefined;
    return choice({ label: row.label, next: ended ? node.unsupported : node.supported, hint });
  });
  return [...rows, choice(node.notSure)];
}

/** Turns one authored node into engine nodes (a version question becomes a plain question). */
function compileNode(node: AuthoredNode, versions: VersionTable): TreeNode {
  const id = asNodeId(node.id);
  switch (node.kind) {
    case 'question':
      return { ...node, id, answers: node.answers.map(choice) };
    case 'version-question': {
      const { supported: _s, unsupported: _u, notSure: _n, service: _v, ...rest } = node;
      return { ...rest, kind: 'question', id, answers: versionAnswers(node, versions) };
    }
    case 'fix': {
      const { steps, ...rest } = node;
      return {
        ...rest,
        id,
        steps: steps.map(({ menu, ...step }) => (menu ? { ...step, menuPath: menu } : step)),
        fixed: outcome(node.fixed, FIXED_LABEL),
        notFixed: outcome(node.notFixed, NOT_FIXED_LABEL),
      };
    }
    case 'wait':
      return { ...node, id, outcomes: node.outcomes.map(choice) };
    case 'escalation':
    case 'resolved':
      return { ...node, id };
    default:
      return assertNever(node);
  }
}

export function compileTree(
  treeId: string,
  authored: AuthoredTree,
  versions: VersionTable,
): { tree: CompiledTree; issues: GraphIssue[] } {
  const nodes = authored.nodes.map((node) => compileNode(node, versions));
  const start = asNodeId(authored.start);
  return { tree: { id: treeId, start, nodes }, issues: checkGraph(start, nodes) };
}
