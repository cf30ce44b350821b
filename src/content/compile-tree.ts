import {
  asNodeId,
  assertNever,
  checkGraph,
  type Choice,
  type ClaimBasis,
  type GraphIssue,
  type TreeNode,
} from '../engine/index.ts';
import type { AuthoredNode, AuthoredTree } from './schema/node.ts';
import type { SourceRef } from './schema/sources.ts';
import type { VersionRow, VersionTable } from './schema/versions.ts';
import { fixOrigin, type RepairSteps } from './compile-repair-steps.ts';
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

/** The note under a year's answer: whether its services have ended, and how sure that is. */
function versionHint(row: VersionRow, ended: boolean): string | undefined {
  if (!ended) return undefined;
  const date = row.endedOn ? ` (${row.endedOn})` : '';
  switch (row.certainty) {
    case 'confirmed':
      return `Intuit's online services have ended for this version${date}. As of ${row.asOf}.`;
    case 'reported':
      return `Third parties report that Intuit's online services ended for this version${date}; we found no notice from Intuit. As of ${row.asOf}.`;
    case 'inferred':
      return `We think Intuit's online services have ended for this version, but that is our reading, not a confirmed date. As of ${row.asOf}.`;
    default:
      return assertNever(row.certainty);
  }
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
    const next = !ended
      ? node.supported
      : row.certainty === 'inferred'
        ? node.unconfirmed
        : node.unsupported;
    return choice({ label: row.label, next, hint: versionHint(row, ended) });
  });
  return [...rows, choice(node.notSure)];
}

/** What a claim's source reference rests on (undefined where content names none). */
export type ResolveBasis = (ref: SourceRef | undefined) => ClaimBasis | undefined;

const withBasis = (basis: ClaimBasis | undefined): { basis?: ClaimBasis } =>
  basis ? { basis } : {};

/**
 * Turns one authored node into engine nodes (a version question becomes a plain question).
 * Agent scripts are left out: they ship apart from the tree (see compile-agent-scripts.ts).
 */
function compileNode(
  node: AuthoredNode,
  versions: VersionTable,
  repairSteps: RepairSteps | undefined,
  resolve: ResolveBasis,
): TreeNode {
  const id = asNodeId(node.id);
  switch (node.kind) {
    case 'question': {
      const { agent: _agent, source: _source, ...rest } = node;
      return { ...rest, id, answers: node.answers.map(choice) };
    }
    case 'version-question': {
      const {
        supported: _s,
        unsupported: _u,
        unconfirmed: _c,
        notSure: _n,
        service: _v,
        agent: _agent,
        ...rest
      } = node;
      return { ...rest, kind: 'question', id, answers: versionAnswers(node, versions) };
    }
    case 'fix': {
      const { steps, repairStep: _r, addedByUs: _a, agent: _agent, source, ...rest } = node;
      const origin = fixOrigin(node, repairSteps);
      return {
        ...rest,
        id,
        ...(origin ? { origin } : {}),
        ...withBasis(resolve(source)),
        steps: steps.map(({ menu, agent: _script, source: stepSource, ...step }) => ({
          ...step,
          ...(menu ? { menuPath: menu } : {}),
          ...withBasis(resolve(stepSource)),
        })),
        fixed: outcome(node.fixed, FIXED_LABEL),
        notFixed: outcome(node.notFixed, NOT_FIXED_LABEL),
      };
    }
    case 'wait': {
      const { agent: _agent, source, ...rest } = node;
      return { ...rest, id, ...withBasis(resolve(source)), outcomes: node.outcomes.map(choice) };
    }
    case 'escalation': {
      const { agent: _agent, source, ...rest } = node;
      return { ...rest, id, ...withBasis(resolve(source)) };
    }
    case 'resolved': {
      const { agent: _agent, ...rest } = node;
      return { ...rest, id };
    }
    default:
      return assertNever(node);
  }
}

export function compileTree(
  treeId: string,
  authored: AuthoredTree,
  versions: VersionTable,
  repairSteps?: RepairSteps,
  resolve: ResolveBasis = () => undefined,
): { tree: CompiledTree; issues: GraphIssue[] } {
  const nodes = authored.nodes.map((node) => compileNode(node, versions, repairSteps, resolve));
  const start = asNodeId(authored.start);
  return { tree: { id: treeId, start, nodes }, issues: checkGraph(start, nodes) };
}
