import { describe, expect, it } from 'vitest';
import {
  asNodeId,
  encodeSession,
  fingerprint,
  stepModelOf,
  type NodeId,
  type Session,
} from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { mapPosition } from './map-position.ts';

const session = (...answers: number[]): string => encodeSession(testTree, { answers });
const linked = (sessions: ReadonlyMap<NodeId, string>): Record<string, string> =>
  Object.fromEntries([...sessions].sort(([a], [b]) => a.localeCompare(b)));

describe('mapPosition', () => {
  it('without a session, links every step by its shortest route from the start', () => {
    const position = mapPosition(testTree, null);
    expect(position.kind).toBe('none');
    expect(linked(position.sessions)).toEqual({
      done: session(1, 0),
      expert: session(1, 1),
      fix: session(1),
      q1: session(),
      q2: session(0),
      wait: session(0, 0),
    });
  });

  it('lights the path taken and marks the current step', () => {
    const position = mapPosition(testTree, session(0, 0));
    expect(position).toMatchObject({
      kind: 'walked',
      current: 'wait',
      pathNodes: ['q1', 'q2'],
      pathEdges: ['q1:0', 'q2:0'],
    });
  });

  it('marks the route a situation chose as chosen, never as answers, and numbers the step as the step page does', () => {
    // Situation 2 stands for "Yes" at q1; "No" at q2 was answered.
    const chose: Session = { answers: [0, 0], situation: { index: 2, implied: 1 } };
    const position = mapPosition(testTree, encodeSession(testTree, chose));
    const page = stepModelOf(testTree, chose);
    expect(position).toMatchObject({
      kind: 'walked',
      current: 'wait',
      pathNodes: ['q2'],
      pathEdges: ['q2:0'],
      situation: 2,
      choseNodes: ['q1'],
      choseEdges: ['q1:0'],
      progress: { step: 3, aboutTotal: 5, ended: false },
    });
    expect(page.ok && position.kind === 'walked' && position.progress).toEqual(
      page.ok && page.value.progress,
    );
    // Going back to q2 from the map keeps the situation: its answer is not turned into one given.
    expect(position.sessions.get(asNodeId('q2'))).toBe(
      encodeSession(testTree, { answers: [0], situation: { index: 2, implied: 1 } }),
    );
    expect(position.sessions.get(asNodeId('done'))).toBe(
      encodeSession(testTree, { answers: [0, 0, 0], situation: { index: 2, implied: 1 } }),
    );
  });

  it('marks nothing as chosen without a situation', () => {
    expect(mapPosition(testTree, session(0, 0))).toMatchObject({
      situation: undefined,
      choseNodes: [],
      choseEdges: [],
    });
  });

  it('links the steps on the path (going back) and those ahead, but not the roads not taken', () => {
    // q1 -> fix: q2 and wait are behind a different answer at q1.
    const position = mapPosition(testTree, session(1));
    expect(linked(position.sessions)).toEqual({
      done: session(1, 0),
      expert: session(1, 1),
      fix: session(1),
      q1: session(),
    });
  });

  it('keeps the current step where a retry loop has been taken', () => {
    const position = mapPosition(testTree, session(0, 0, 1));
    expect(position).toMatchObject({
      kind: 'walked',
      current: 'wait',
      pathNodes: ['q1', 'q2', 'wait'],
      pathEdges: ['q1:0', 'q2:0', 'wait:1'],
    });
    expect(position.sessions.get(asNodeId('wait'))).toBe(session(0, 0, 1));
    expect(position.sessions.get(asNodeId('q2'))).toBe(session(0));
  });

  it.each([
    ['made for another version of the tree', `zzzz-0`, 'content-changed'],
    ['damaged', '%%%', 'damaged'],
    ['an answer that does not exist', `${fingerprint(testTree)}-9`, 'damaged'],
    ['answers past an ending', `${fingerprint(testTree)}-1000`, 'damaged'],
    ['far too long', `${fingerprint(testTree)}-${'0'.repeat(500)}`, 'damaged'],
  ])('reads a session that is %s as unreadable, with the plain map', (_name, raw, reason) => {
    const position = mapPosition(testTree, raw);
    expect(position).toMatchObject({ kind: 'unreadable', reason });
    expect(position.sessions.size).toBe(testTree.nodes.size);
  });
});
