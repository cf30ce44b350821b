import { describe, expect, it } from 'vitest';
import { walk } from './session.ts';
import { answersToReach, shortestSession } from './shortest-session.ts';
import { sessionFromLabels } from './session-from-labels.ts';
import { testTree } from './test-tree.ts';
import { asNodeId as id } from './types.ts';

describe('shortestSession', () => {
  it('finds the fewest answers to each node, earliest answers first among equals', () => {
    expect(shortestSession(testTree, id('q1'))).toEqual({ answers: [] });
    expect(shortestSession(testTree, id('fix'))).toEqual({ answers: [1] });
    expect(shortestSession(testTree, id('wait'))).toEqual({ answers: [0, 0] });
    expect(shortestSession(testTree, id('done'))).toEqual({ answers: [1, 0] });
    expect(answersToReach(testTree, id('expert'))).toBe(2);
  });

  it('leads where it says, for every node', () => {
    for (const node of testTree.nodes.keys()) {
      const session = shortestSession(testTree, node);
      const walked = session && walk(testTree, session);
      expect(walked?.ok && walked.value.current.id).toBe(node);
    }
  });

  it('says undefined for a node the tree does not have', () => {
    expect(shortestSession(testTree, id('ghost'))).toBeUndefined();
    expect(answersToReach(testTree, id('ghost'))).toBeUndefined();
  });
});

describe('sessionFromLabels', () => {
  it('answers by label, as a reader would', () => {
    expect(sessionFromLabels(testTree, ['Yes', 'Not sure'])).toEqual({
      ok: true,
      value: { answers: [0, 2] },
    });
  });

  it('names the label it could not find and what was offered', () => {
    expect(sessionFromLabels(testTree, ['Yes', 'Maybe'])).toEqual({
      ok: false,
      error: {
        kind: 'no-such-answer',
        stepIndex: 1,
        nodeId: 'q2',
        label: 'Maybe',
        offered: ['No', 'Yes', 'Not sure'],
      },
    });
  });

  it('refuses to answer past an ending', () => {
    const result = sessionFromLabels(testTree, ['No', 'Yes', 'Yes']);
    expect(result.ok).toBe(false);
  });
});
