import { asNodeId, buildTree } from '../engine/index.ts';
import { basisOf, claimProblems, pageSources, sourceTypes } from './claims.ts';
import type { RawFile } from './compile-content.ts';
import { repairStepProblems } from './compile-repair-steps.ts';
import { compileSoundsLike } from './compile-sounds-like.ts';
import { compileTree } from './compile-tree.ts';
import { graphProblem } from './graph-problems.ts';
import type { ContentProblem } from './problem.ts';
import type { AuthoredGuidedError } from './schema/guided-error.ts';
import type { VersionTable } from './schema/versions.ts';
import type { Cause, GuidedError } from './types.ts';

/** A covered error: its tree compiled and graph-checked, causes tied to the tree. */
export function compileGuided(
  raw: RawFile,
  authored: AuthoredGuidedError,
  versions: VersionTable,
  problems: ContentProblem[],
): GuidedError {
  const lineAt = (path: readonly PropertyKey[]): { line?: number } => {
    const line = raw.lineOf?.(path);
    return line === undefined ? {} : { line };
  };
  const types = sourceTypes(authored);
  const resolve = (ref: Parameters<typeof basisOf>[0]) => basisOf(ref, types);
  const { tree, issues } = compileTree(
    authored.slug,
    authored.tree,
    versions,
    authored.repairSteps,
    resolve,
  );
  const locate = (id: string): { field: string; line?: number } => {
    const index = authored.tree.nodes.findIndex((node) => node.id === id);
    if (index < 0) return { field: `tree.nodes (id "${id}")` };
    return { field: `tree.nodes[${index}] (id "${id}")`, ...lineAt(['tree', 'nodes', index]) };
  };
  problems.push(...issues.map((issue) => graphProblem(raw.file, issue, locate)));
  problems.push(...repairStepProblems(raw.file, authored, lineAt));
  problems.push(...claimProblems(raw.file, authored, lineAt));
  const built = buildTree(tree.id, tree.start, tree.nodes);
  const ids = new Set(tree.nodes.map((node) => node.id));
  const causes = authored.causes.map((cause, index): Cause => {
    const fixNode = asNodeId(cause.fixNode);
    if (!ids.has(fixNode)) {
      problems.push({
        file: raw.file,
        ...lineAt(['causes', index, 'fixNode']),
        field: `causes[${index}] (id "${cause.id}").fixNode`,
        problem: `names the node "${cause.fixNode}", which is not in this error's tree`,
        hint: 'use the id of the node where this cause is fixed',
      });
    }
    const soundsLike =
      built.ok && ids.has(fixNode)
        ? compileSoundsLike(raw.file, built.value, cause, index, lineAt, problems)
        : { text: cause.soundsLike.text, answers: [] };
    const basis = resolve(cause.source);
    return { ...cause, fixNode, soundsLike, ...(basis ? { basis } : {}) };
  });
  const costs = authored.expert.costs.map((cost) => {
    const basis = resolve(cost.source);
    return { ...cost, ...(basis ? { basis } : {}) };
  });
  const usesVersions = authored.tree.nodes.some((node) => node.kind === 'version-question');
  const quickFixBasis = resolve(authored.quickFixSource);
  return {
    ...authored,
    ...(usesVersions ? { versionTable: versions } : {}),
    ...(quickFixBasis ? { quickFixBasis } : {}),
    expert: { ...authored.expert, costs },
    sources: pageSources(authored.sources),
    causes,
    tree,
  };
}
