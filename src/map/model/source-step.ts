import type { TreeNode } from '../../engine/index.ts';

/**
 * The number of the source's repair step a fix node is, where content marks one with a
 * `sourceStep` field (planned in content; absent until then, and then nothing is marked).
 */
export function markedSourceStep(node: TreeNode): number | undefined {
  if (node.kind !== 'fix' || !('sourceStep' in node)) return undefined;
  const value = node.sourceStep;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}
