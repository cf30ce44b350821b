import type { Tree } from '../../engine/index.ts';
import type { CompiledTree } from '../types.ts';

const trees = new WeakMap<CompiledTree, Tree>();

/** The shipped JSON tree as the engine's walkable tree (checked at build time; built once). */
export function toTree(compiled: CompiledTree): Tree {
  const cached = trees.get(compiled);
  if (cached) return cached;
  const tree: Tree = {
    id: compiled.id,
    start: compiled.start,
    nodes: new Map(compiled.nodes.map((node) => [node.id, node])),
  };
  trees.set(compiled, tree);
  return tree;
}
