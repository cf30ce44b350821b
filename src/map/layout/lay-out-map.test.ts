import { describe, expect, it } from 'vitest';
import { toTree } from '../../content/runtime/to-tree.ts';
import { testTree } from '../../engine/test-tree.ts';
import { buildMapGraph } from '../model/build-map-graph.ts';
import type { Box, MapLayout } from '../model/map-layout.ts';
import { realGuidedErrors } from '../test-support/real-trees.ts';
import { syntheticTree } from '../test-support/synthetic-tree.ts';
import { layOutMap } from './lay-out-map.ts';

const overlap = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectSound(layout: MapLayout): void {
  const inside = (box: Box) =>
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= layout.width &&
    box.y + box.height <= layout.height;
  for (const node of layout.nodes) {
    expect(Number.isFinite(node.x + node.y + node.width + node.height), node.id).toBe(true);
    expect(inside(node), node.id).toBe(true);
  }
  for (const edge of layout.edges) {
    expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
    for (const p of edge.points) expect(Number.isFinite(p.x + p.y), edge.id).toBe(true);
    expect(inside(edge.labelBox), edge.id).toBe(true);
  }
}

describe('layOutMap', () => {
  const layout = layOutMap(buildMapGraph(testTree));

  it('places every node and every edge, with a route and a label', () => {
    expect(layout.nodes.map((n) => n.id).sort()).toEqual([...testTree.nodes.keys()].sort());
    expect(layout.edges).toHaveLength(10);
    expectSound(layout);
  });

  it('lists nodes top to bottom, then left to right (the keyboard order)', () => {
    const middles = layout.nodes.map((n) => n.y + n.height / 2);
    expect(middles).toEqual([...middles].sort((a, b) => a - b));
    expect(layout.nodes[0]?.id).toBe('q1');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(layout))).toEqual(layout);
  });

  it('draws a "try again" loop beside its node', () => {
    const loop = layout.edges.find((e) => e.from === e.to);
    const node = layout.nodes.find((n) => n.id === loop?.from);
    expect(loop && node).toBeTruthy();
    for (const p of loop?.points ?? [])
      expect(p.x).toBeGreaterThanOrEqual((node?.x ?? 0) + (node?.width ?? 0));
  });

  it.each(realGuidedErrors().map((e) => [e.slug, e] as const))(
    'lays out %s with no box on another',
    (_slug, entry) => {
      const real = layOutMap(buildMapGraph(toTree(entry.tree)));
      expectSound(real);
      const boxes = [...real.nodes, ...real.edges.map((e) => e.labelBox)];
      const clashes = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => overlap(a, b)));
      expect(clashes).toEqual([]);
    },
  );

  // How long it takes is the bench's concern (a timed test fails on a busy machine, issue 24).
  it('lays out a 500-node tree soundly', () => {
    const big = layOutMap(buildMapGraph(syntheticTree(500)));
    expect(big.nodes).toHaveLength(500);
    expectSound(big);
  }, 60_000);
});
