import { describe, expect, it } from 'vitest';
import { encodeSession } from '../../engine/index.ts';
import { fixtureTree as tree } from '../../test-support/guided-fixture.ts';
import { problemMessage } from './problem-message.ts';
import { resolveStep, type StepProblem } from './resolve-step.ts';

const s = (answers: number[]): string => encodeSession(tree, { answers });
const print = s([]).slice(0, 4);
const problemOf = (nodeId: string | undefined, query: string | null): StepProblem['kind'] => {
  const result = resolveStep(tree, nodeId, query);
  if (result.ok) throw new Error('expected a problem');
  return result.error.kind;
};

describe('resolveStep', () => {
  it('accepts a step whose node id matches where the answers lead', () => {
    const result = resolveStep(tree, 'refresh', s([1]));
    expect(result.ok && result.value.walk.current.id).toBe('refresh');
    expect(result.ok && result.value.encoded).toBe(s([1]));
  });

  it('accepts upper-case sessions and re-encodes them', () => {
    const result = resolveStep(tree, 'wait', s([0]).toUpperCase());
    expect(result.ok && result.value.encoded).toBe(s([0]));
  });

  it('names every kind of broken link', () => {
    expect(problemOf('ask', null)).toBe('empty');
    expect(problemOf('ask', 'x'.repeat(200))).toBe('too-long');
    expect(problemOf('ask', 'not a session')).toBe('malformed');
    expect(problemOf('ask', 'zzzz-0')).toBe('content-changed');
    expect(problemOf('ask', `${print}-9`)).toBe('invalid-answer');
    expect(problemOf('ask', `${print}-0000`)).toBe('past-the-end');
    expect(problemOf('fixed', s([1]))).toBe('wrong-node');
    expect(problemOf(undefined, s([]))).toBe('wrong-node');
  });

  it('has a plain message for each kind', () => {
    const kinds: StepProblem[] = [
      { kind: 'empty' },
      { kind: 'too-long', length: 200 },
      { kind: 'malformed' },
      { kind: 'content-changed' },
      { kind: 'invalid-answer', stepIndex: 0, answer: 9 },
      { kind: 'past-the-end', stepIndex: 2 },
      { kind: 'missing-node', nodeId: tree.start },
      { kind: 'wrong-node', named: 'fixed', leadsTo: 'refresh' },
    ];
    const titles = kinds.map((kind) => problemMessage(kind).title);
    expect(new Set(titles).size).toBe(kinds.length);
    expect(problemMessage({ kind: 'content-changed' }).title).toBe(
      'This link was made for an older version of this guide',
    );
    expect(problemMessage({ kind: 'invalid-answer', stepIndex: 1, answer: 9 }).body).toContain(
      'Answer 2',
    );
  });
});
