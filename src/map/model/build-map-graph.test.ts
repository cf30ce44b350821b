import { describe, expect, it } from 'vitest';
import { asNodeId, buildTree, type TreeNode } from '../../engine/index.ts';
import { testNodes, testTree } from '../../engine/test-tree.ts';
import { buildMapGraph } from './build-map-graph.ts';
import { captionOf } from './kind-words.ts';

describe('buildMapGraph', () => {
  const graph = buildMapGraph(testTree);

  it('lists every node once, breadth-first from the start', () => {
    expect(graph.start).toBe('q1');
    expect(graph.nodes.map((n) => n.id)).toEqual(['q1', 'q2', 'fix', 'wait', 'done', 'expert']);
    expect(graph.nodes.map((n) => n.kind)).toEqual([
      'question',
      'question',
      'fix',
      'wait',
      'resolved',
      'escalation',
    ]);
  });

  it('makes one edge per answer, labelled with its text, retry loops marked', () => {
    expect(graph.edges).toHaveLength(2 + 3 + 2 + 3);
    expect(graph.edges.filter((e) => e.from === 'q2').map((e) => [e.label, e.to])).toEqual([
      ['No', 'wait'],
      ['Yes', 'fix'],
      ['Not sure', 'fix'],
    ]);
    const retry = graph.edges.filter((e) => e.retry);
    expect(retry).toEqual([
      {
        id: 'wait:1',
        from: 'wait',
        to: 'wait',
        choiceIndex: 1,
        label: 'Still down, wait longer',
        retry: true,
      },
    ]);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  });

  it('marks nothing as a source repair step until content marks one', () => {
    expect(graph.nodes.some((n) => n.sourceStep !== undefined)).toBe(false);
  });

  it('marks a fix that content numbers as one of the source repair steps', () => {
    // The field content will gain: an extra property on the fix, read where present.
    const mark = (node: TreeNode): TreeNode => {
      const withStep = { ...node, sourceStep: 2 };
      return node.kind === 'fix' ? withStep : node;
    };
    const marked = testNodes.map(mark);
    const built = buildTree('marked', asNodeId('q1'), marked);
    if (!built.ok) throw new Error('test tree');
    const fix = buildMapGraph(built.value).nodes.find((n) => n.kind === 'fix');
    expect(fix?.sourceStep).toBe(2);
    expect(fix && captionOf(fix)).toBe('Repair 2');
  });

  it('takes another marker when asked (an option until content has the field)', () => {
    const byOption = buildMapGraph(testTree, {
      sourceStepOf: (node) => (node.id === 'fix' ? 1 : undefined),
    });
    expect(byOption.nodes.filter((n) => n.sourceStep === 1).map((n) => n.id)).toEqual(['fix']);
  });
});
