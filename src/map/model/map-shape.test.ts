import { describe, expect, it } from 'vitest';
import { toTree } from '../../content/runtime/to-tree.ts';
import { fingerprint, shortestSession, stepModelOf, walk, type Tree } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { realGuidedErrors } from '../test-support/real-trees.ts';
import { buildMapGraph } from './build-map-graph.ts';
import { shapeOf, treeOfShape, type MapShape } from './map-shape.ts';

describe('shapeOf and treeOfShape', () => {
  it('keep where every answer leads', () => {
    const shape = shapeOf('test', buildMapGraph(testTree));
    expect(shape.nodes.find((n) => n.id === 'q2')?.next).toEqual(['wait', 'fix', 'fix']);
    const rebuilt = treeOfShape(shape);
    expect(rebuilt && walk(rebuilt, { answers: [0, 0, 1, 2, 1] }).ok).toBe(true);
  });

  it.each(realGuidedErrors().map((e) => [e.slug, e] as const))(
    'give %s back with the same fingerprint, so its sessions read the same',
    (slug, entry) => {
      const tree = toTree(entry.tree);
      const rebuilt = treeOfShape(shapeOf(slug, buildMapGraph(tree)));
      expect(rebuilt && fingerprint(rebuilt)).toBe(fingerprint(tree));
    },
  );

  const progressByNode = (tree: Tree, of: Tree) =>
    [...of.nodes.keys()].map((id) => {
      const session = shortestSession(of, id);
      const model = session && stepModelOf(tree, session);
      return [id, model?.ok ? model.value.progress : undefined] as const;
    });

  it.each([
    ['test', testTree] as const,
    ...realGuidedErrors().map((e) => [e.slug, toTree(e.tree)] as const),
  ])(
    'give %s back with its retry loops, so the map numbers each step as its page does',
    (slug, tree) => {
      const rebuilt = treeOfShape(shapeOf(slug, buildMapGraph(tree)));
      expect(rebuilt && progressByNode(rebuilt, tree)).toEqual(progressByNode(tree, tree));
    },
  );

  it('carries the situations, in their order', () => {
    const shape = shapeOf('test', buildMapGraph(testTree), ['The bank is down', 'It never worked']);
    expect(shape.situations).toEqual(['The bank is down', 'It never worked']);
    expect(shapeOf('test', buildMapGraph(testTree)).situations).toBeUndefined();
  });

  it('refuses a shape no tree can have', () => {
    const good = shapeOf('test', buildMapGraph(testTree));
    const broken: MapShape[] = [
      { ...good, start: 'nowhere' },
      { ...good, nodes: [...good.nodes, good.nodes[0] ?? { id: 'x', kind: 'question', next: [] }] },
      { ...good, nodes: good.nodes.map((n) => (n.kind === 'fix' ? { ...n, next: ['done'] } : n)) },
      {
        ...good,
        nodes: good.nodes.map((n) => (n.kind === 'resolved' ? { ...n, next: ['q1'] } : n)),
      },
    ];
    for (const shape of broken) expect(treeOfShape(shape)).toBeUndefined();
  });
});
