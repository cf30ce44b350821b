import { describe, expect, it } from 'vitest';
import { sessionChange } from './session-change.ts';

const s = (...answers: number[]) => ({ answers });

describe('sessionChange', () => {
  it('reads an answer, Back, a change further back and a restart from the answers', () => {
    expect(sessionChange(s(0, 1), s(0, 1, 2))).toEqual({ kind: 'answer', choice: 2 });
    expect(sessionChange(s(), s(1))).toEqual({ kind: 'answer', choice: 1 });
    expect(sessionChange(s(0, 1, 2), s(0, 1))).toEqual({ kind: 'back' });
    expect(sessionChange(s(0, 1, 2), s(0))).toEqual({ kind: 'rewind', toStep: 1 });
    expect(sessionChange(s(0, 1, 2), s())).toEqual({ kind: 'restart' });
  });

  it('calls anything else a jump', () => {
    expect(sessionChange(s(0, 1), s(1, 1))).toEqual({ kind: 'jump' });
    expect(sessionChange(s(0), s(0, 1, 2))).toEqual({ kind: 'jump' });
    expect(sessionChange(s(0), s(0))).toEqual({ kind: 'jump' });
  });
});
