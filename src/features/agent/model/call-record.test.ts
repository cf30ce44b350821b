import { describe, expect, it } from 'vitest';
import { stepModelOf, type StepModel } from '../../../engine/index.ts';
import { testTree } from '../../../engine/test-tree.ts';
import {
  belongsTo,
  emptyRecord,
  recordReached,
  setNote,
  shownKey,
  type CallRecord,
} from './call-record.ts';

function stepAt(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error('bad test session');
  return result.value;
}

/** The steps shown one after another on one page, each reached at its time. */
function walk(steps: readonly [number, number[]][], start: CallRecord = emptyRecord()): CallRecord {
  let record = start;
  let shown: string | null = null;
  for (const [time, answers] of steps) {
    const step = stepAt(answers);
    record = recordReached(record, 'test', step, time, shown);
    shown = shownKey(step);
  }
  return record;
}

describe('call record', () => {
  it('starts the call and the error at the first step reached', () => {
    const record = recordReached(emptyRecord(), 'test', stepAt([]), 1000, null);
    expect(record.startedAt).toBe(1000);
    expect(record.slug).toBe('test');
    expect(record.reached).toEqual({
      '1:q1': { number: 1, nodeId: 'q1', firstAt: 1000, lastAt: 1000 },
    });
    expect(record.answers).toEqual({});
  });

  it('records the answer that led to a step, with the time the step was reached', () => {
    const record = walk([
      [1000, []],
      [2000, [0]],
    ]);
    expect(record.answers).toEqual({
      '1:q1': { number: 1, nodeId: 'q1', choiceIndex: 0, label: 'Yes', at: 2000 },
    });
    expect(Object.keys(record.reached)).toEqual(['1:q1', '2:q2']);
  });

  it('records fix outcomes as fixed or not fixed, not as answers', () => {
    const record = walk([
      [500, []],
      [1000, [1]],
      [2000, [1, 1]],
    ]);
    expect(record.outcomes).toEqual({
      '2:fix': { number: 2, nodeId: 'fix', outcome: 'not-fixed', at: 2000 },
    });
    expect(Object.keys(record.answers)).toEqual(['1:q1']);
  });

  it('after Back, reaching the same step again keeps its first time and updates the last', () => {
    const record = walk([
      [500, []],
      [1000, [0]],
      [2000, []],
      [3000, [0]],
    ]);
    expect(record.reached['2:q2']).toEqual({
      number: 2,
      nodeId: 'q2',
      firstAt: 1000,
      lastAt: 3000,
    });
    expect(record.answers['1:q1']?.at).toBe(1000);
  });

  it('after Back, a different answer replaces the old one and keeps the old step', () => {
    const record = walk([
      [500, []],
      [1000, [0]],
      [1500, []],
      [2000, [1]],
    ]);
    expect(record.answers['1:q1']).toMatchObject({ choiceIndex: 1, label: 'No', at: 2000 });
    expect(Object.keys(record.reached)).toEqual(['1:q1', '2:q2', '2:fix']);
  });

  it('never mixes two errors in one record', () => {
    const record = recordReached(emptyRecord(), 'test', stepAt([]), 1000, null);
    expect(belongsTo(record, 'other')).toBe(false);
    expect(recordReached(record, 'other', stepAt([0]), 2000, '1:q1')).toBe(record);
  });

  it('gives no time to answers that came in the link the page was opened with', () => {
    const record = walk([[1000, [0, 0]]]);
    expect(record.answers).toEqual({});
    expect(record.outcomes).toEqual({});
    expect(Object.keys(record.reached)).toEqual(['3:wait']);
  });

  it('times an answer taken on the screen after a link, and only that one', () => {
    const record = walk([
      [1000, [1]],
      [2000, [1, 1]],
    ]);
    expect(record.answers).toEqual({});
    expect(record.outcomes).toEqual({
      '2:fix': { number: 2, nodeId: 'fix', outcome: 'not-fixed', at: 2000 },
    });
  });

  it('gives no time to a link opened after another step of the same route was shown', () => {
    // Step 1 shown, then a link two answers on opened: neither answer was taken on screen.
    const record = walk([
      [1000, []],
      [2000, [0, 0]],
    ]);
    expect(record.answers).toEqual({});
  });

  it('keeps notes exactly as typed, and removes empty ones', () => {
    let record = setNote(emptyRecord(), '1:q1', '<b>not bold</b>\nline 2', 500);
    expect(record.notes).toEqual({ '1:q1': '<b>not bold</b>\nline 2' });
    expect(record.startedAt).toBe(500);
    record = setNote(record, '1:q1', '', 600);
    expect(record.notes).toEqual({});
    expect(record.startedAt).toBe(500);
  });
});
