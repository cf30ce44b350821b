import { describe, expect, it } from 'vitest';
import { answer, back, rewindTo, start, walk, type Session } from './session.ts';
import { testTree } from './test-tree.ts';

function must<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const idsOf = (session: Session): string[] => {
  const w = must(walk(testTree, session));
  return [...w.path.map((s) => s.node.id), w.current.id];
};

describe('session', () => {
  it('starts at the start node', () => {
    expect(must(walk(testTree, start())).current.id).toBe('q1');
  });

  it('answers move along the chosen edge', () => {
    let s = must(answer(testTree, start(), 0));
    s = must(answer(testTree, s, 0));
    expect(idsOf(s)).toEqual(['q1', 'q2', 'wait']);
  });

  it('rejects an answer the node does not offer', () => {
    const result = answer(testTree, start(), 5);
    expect(result).toEqual({
      ok: false,
      error: { kind: 'invalid-answer', stepIndex: 0, answer: 5 },
    });
  });

  it('rejects answers past a leaf', () => {
    const atLeaf: Session = { answers: [1, 0] };
    expect(must(walk(testTree, atLeaf)).current.kind).toBe('resolved');
    expect(answer(testTree, atLeaf, 0)).toEqual({
      ok: false,
      error: { kind: 'past-the-end', stepIndex: 2 },
    });
  });

  it('back retraces the path actually taken, also after a changed answer', () => {
    const viaWait: Session = { answers: [0, 0, 2] };
    expect(idsOf(viaWait)).toEqual(['q1', 'q2', 'wait', 'fix']);
    expect(idsOf(back(viaWait))).toEqual(['q1', 'q2', 'wait']);
    const changed = must(answer(testTree, rewindTo(viaWait, 1), 1));
    expect(idsOf(changed)).toEqual(['q1', 'q2', 'fix']);
    expect(idsOf(back(changed))).toEqual(['q1', 'q2']);
  });

  it('back at the start stays at the start', () => {
    expect(back(start())).toEqual(start());
  });

  it('follows a retry loop', () => {
    expect(idsOf({ answers: [0, 0, 1, 1, 0] })).toEqual([
      'q1',
      'q2',
      'wait',
      'wait',
      'wait',
      'done',
    ]);
  });

  it('rewindTo drops the answer at that step and after it', () => {
    expect(rewindTo({ answers: [0, 1, 0] }, 1)).toEqual({ answers: [0] });
    expect(rewindTo({ answers: [0, 1, 0] }, -3)).toEqual({ answers: [] });
  });
});
