import { describe, expect, it } from 'vitest';
import { buildTree, checkGraph } from './graph-check.ts';
import { testNodes } from './test-tree.ts';
import { asNodeId as id, type TreeNode } from './types.ts';

const leaf = (name: string): TreeNode => ({
  kind: 'resolved',
  id: id(name),
  title: name,
  whatFixedIt: 'x',
  prevention: ['x'],
});
const question = (name: string, ...next: { to: string; retry?: boolean }[]): TreeNode => ({
  kind: 'question',
  id: id(name),
  title: name,
  answers: next.map((n) => ({ label: n.to, next: id(n.to), ...(n.retry ? { retry: true } : {}) })),
});

describe('graph check', () => {
  it('accepts a sound tree with a marked retry loop', () => {
    expect(checkGraph(id('q1'), testNodes)).toEqual([]);
    expect(buildTree('t', id('q1'), testNodes).ok).toBe(true);
  });

  it('finds duplicate ids', () => {
    const nodes = [question('a', { to: 'b' }, { to: 'b' }), leaf('b'), leaf('b')];
    expect(checkGraph(id('a'), nodes)).toContainEqual({
      kind: 'duplicate-id',
      id: 'b',
      positions: [1, 2],
    });
  });

  it('finds a next that names no node', () => {
    const nodes = [question('a', { to: 'b' }, { to: 'ghost' }), leaf('b')];
    expect(checkGraph(id('a'), nodes)).toEqual([
      { kind: 'dangling-next', from: 'a', choice: 1, to: 'ghost' },
    ]);
  });

  it('finds a missing start', () => {
    expect(checkGraph(id('nope'), [leaf('b')])).toEqual([{ kind: 'missing-start', start: 'nope' }]);
  });

  it('finds unreachable nodes', () => {
    const nodes = [question('a', { to: 'b' }, { to: 'b' }), leaf('b'), leaf('lonely')];
    expect(checkGraph(id('a'), nodes)).toEqual([{ kind: 'unreachable', id: 'lonely' }]);
  });

  it('finds dead ends and unmarked loops', () => {
    const nodes = [
      question('a', { to: 'b' }, { to: 'c' }),
      question('b', { to: 'a' }, { to: 'a' }),
      leaf('c'),
    ];
    expect(checkGraph(id('a'), nodes)).toEqual([{ kind: 'unmarked-loop', cycle: ['a', 'b'] }]);
    const trapped = [
      question('a', { to: 'b' }, { to: 'b' }),
      question('b', { to: 'b', retry: true }, { to: 'b', retry: true }),
    ];
    expect(checkGraph(id('a'), trapped)).toEqual([
      { kind: 'dead-end', id: 'a' },
      { kind: 'dead-end', id: 'b' },
    ]);
  });

  it('checks a very deep tree without running out of stack', () => {
    const depth = 20_000;
    const chain = Array.from({ length: depth }, (_, i) =>
      question(`n${i}`, { to: i + 1 < depth ? `n${i + 1}` : 'end' }, { to: 'end' }),
    );
    expect(checkGraph(id('n0'), [...chain, leaf('end')])).toEqual([]);
    const looped = [
      ...chain.slice(0, -1),
      question(`n${depth - 1}`, { to: 'n0' }, { to: 'end' }),
      leaf('end'),
    ];
    expect(checkGraph(id('n0'), looped).map((issue) => issue.kind)).toEqual(['unmarked-loop']);
  }, 20_000);

  it('refuses to build a broken tree', () => {
    const result = buildTree('t', id('a'), [leaf('b')]);
    expect(result.ok).toBe(false);
  });
});
