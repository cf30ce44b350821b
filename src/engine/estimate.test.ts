import { describe, expect, it } from 'vitest';
import { distancesToLeaf, progress } from './estimate.ts';
import { allPaths } from './paths.ts';
import { testTree } from './test-tree.ts';
import { asNodeId } from './types.ts';

describe('estimate', () => {
  it('counts the most screens still to come before an ending, ignoring retry loops', () => {
    const d = distancesToLeaf(testTree);
    expect(d.get(asNodeId('done'))).toBe(0);
    expect(d.get(asNodeId('fix'))).toBe(1);
    expect(d.get(asNodeId('wait'))).toBe(2);
    expect(d.get(asNodeId('q2'))).toBe(3);
    expect(d.get(asNodeId('q1'))).toBe(4);
  });

  it('says "step N of about M"', () => {
    expect(progress(testTree, asNodeId('q1'), 0)).toEqual({ step: 1, aboutTotal: 5, stepsLeft: 4 });
    expect(progress(testTree, asNodeId('wait'), 2)).toEqual({
      step: 3,
      aboutTotal: 5,
      stepsLeft: 2,
    });
    expect(progress(testTree, asNodeId('done'), 3)).toEqual({
      step: 4,
      aboutTotal: 4,
      stepsLeft: 0,
    });
  });

  it('never raises the total along a route (except by waiting again in a retry loop)', () => {
    for (const route of allPaths(testTree)) {
      let previous = Infinity;
      route.nodes.forEach((id, index) => {
        const total = progress(testTree, id, index).aboutTotal;
        const retried = index > 0 && route.nodes[index - 1] === id;
        if (!retried) expect(total, route.nodes.join('>')).toBeLessThanOrEqual(previous);
        previous = retried ? total : Math.min(previous, total);
      });
    }
  });
});
