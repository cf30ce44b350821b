import { describe, expect, it } from 'vitest';
import { toTree } from '../../content/runtime/to-tree.ts';
import { fingerprint, walk } from '../../engine/index.ts';
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
