import { describe, expect, it } from 'vitest';
import { allPaths } from './paths.ts';
import { testTree } from './test-tree.ts';

describe('allPaths', () => {
  it('lists every route to an ending, walking each retry loop once', () => {
    const routes = allPaths(testTree).map((p) => p.nodes.join('>'));
    expect(routes).toContain('q1>q2>wait>done');
    expect(routes).toContain('q1>q2>wait>wait>done');
    expect(routes).toContain('q1>fix>expert');
    expect(routes).not.toContain('q1>q2>wait>wait>wait>done');
    for (const path of allPaths(testTree))
      expect(['resolved', 'escalation']).toContain(path.leaf.kind);
  });
});
