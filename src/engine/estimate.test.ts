import { describe, expect, it } from 'vitest';
import { distancesToLeaf, progress } from './estimate.ts';
import { testTree } from './test-tree.ts';
import { asNodeId } from './types.ts';

describe('estimate', () => {
  it('counts the fewest screens to an ending', () => {
    const d = distancesToLeaf(testTree);
    expect(d.get(asNodeId('done'))).toBe(0);
    expect(d.get(asNodeId('fix'))).toBe(1);
    expect(d.get(asNodeId('q1'))).toBe(2);
  });

  it('says "step N of about M"', () => {
    expect(progress(testTree, asNodeId('q1'), 0)).toEqual({ step: 1, aboutTotal: 3, stepsLeft: 2 });
    expect(progress(testTree, asNodeId('wait'), 2)).toEqual({
      step: 3,
      aboutTotal: 4,
      stepsLeft: 1,
    });
    expect(progress(testTree, asNodeId('done'), 3)).toEqual({
      step: 4,
      aboutTotal: 4,
      stepsLeft: 0,
    });
  });
});
