import { describe, expect, it } from 'vitest';
import { stepModelOf, type StepModel } from '../../../engine/index.ts';
import { testTree } from '../../../engine/test-tree.ts';
import { belongsTo, emptyRecord, recordReached, setNote } from './call-record.ts';

function stepAt(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error('bad test session');
  return result.value;
}

describe('call record', () => {
  it('starts the call and the error at the first step reached', () => {
    const record = recordReached(emptyRecord(), 'test', stepAt([]), 1000);
    expect(record.startedAt).toBe(1000);
    expect(record.slug).toBe('test');
    expect(record.reached).toEqual({
      '1:q1': { number: 1, nodeId: 'q1', firstAt: 1000, lastAt: 1000 },
    });
    expect(record.answers).toEqual({});
  });

  it('records the answer that led to a step, with the time the step was reached', () => {
    let record = recordReached(emptyRecord(), 'test', stepAt([]), 1000);
    record = recordReached(record, 'test', stepAt([0]), 2000);
    expect(record.answers).toEqual({
      '1:q1': { number: 1, nodeId: 'q1', choiceIndex: 0, label: 'Yes', at: 2000 },
    });
    expect(Object.keys(record.reached)).toEqual(['1:q1', '2:q2']);
  });

  it('records fix outcomes as fixed or not fixed, not as answers', () => {
    let record = recordReached(emptyRecord(), 'test', stepAt([1]), 1000);
    record = recordReached(record, 'test', stepAt([1, 1]), 2000);
    expect(record.outcomes).toEqual({
      '2:fix': { number: 2, nodeId: 'fix', outcome: 'not-fixed', at: 2000 },
    });
    expect(Object.keys(record.answers)).toEqual(['1:q1']);
  });

  it('after Back, reaching the same step again keeps its first time and updates the last', () => {
    let record = recordReached(emptyRecord(), 'test', stepAt([0]), 1000);
    record = recordReached(record, 'test', stepAt([]), 2000);
    record = recordReached(record, 'test', stepAt([0]), 3000);
    expect(record.reached['2:q2']).toEqual({
      number: 2,
      nodeId: 'q2',
      firstAt: 1000,
      lastAt: 3000,
    });
    expect(record.answers['1:q1']?.at).toBe(1000);
  });

  it('after Back, a different answer replaces the old one and keeps the old step', () => {
    let record = recordReached(emptyRecord(), 'test', stepAt([0]), 1000);
    record = recordReached(record, 'test', stepAt([1]), 2000);
    expect(record.answers['1:q1']).toMatchObject({ choiceIndex: 1, label: 'No', at: 2000 });
    expect(Object.keys(record.reached)).toEqual(['2:q2', '2:fix']);
  });

  it('never mixes two errors in one record', () => {
    const record = recordReached(emptyRecord(), 'test', stepAt([]), 1000);
    expect(belongsTo(record, 'other')).toBe(false);
    expect(recordReached(record, 'other', stepAt([0]), 2000)).toBe(record);
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
