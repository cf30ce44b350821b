import { describe, expect, it } from 'vitest';
import { encodeSession } from './codec.ts';
import { fixOutcome, startTarget, stepModel, stepModelOf, type StepModel } from './step-model.ts';
import { testTree } from './test-tree.ts';
import type { Session } from './session.ts';

function model(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const encode = (answers: number[]): string => encodeSession(testTree, { answers });

describe('a situation chosen', () => {
  const chose = (answers: number[], implied: number): StepModel => {
    const result = stepModelOf(testTree, { answers, situation: { index: 1, implied } });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  it('records no answer for the questions it skipped, and Back goes to where the person came from', () => {
    const landed = chose([0, 0], 2);
    expect(landed.node.id).toBe(model([0, 0]).node.id);
    expect(landed.route).toEqual([]);
    expect(landed.progress).toEqual(model([0, 0]).progress);
    // Back: the error's page, where the situation was chosen, not the questions it stood for.
    expect(landed.back).toBeUndefined();
    expect(chose([0], 1).back).toBeUndefined();
    // Without a situation, the same step goes back to the question before.
    expect(model([0, 0]).back?.session).toBe(encode([0]));
  });

  it('keeps the situation in every link on from there, and in Back to it', () => {
    const landed = chose([0, 0], 2);
    const on = landed.choices[0];
    expect(on?.target.session).toBe(
      encodeSession(testTree, { answers: [0, 0, 0], situation: { index: 1, implied: 2 } }),
    );
    const next = chose([0, 0, 1], 2);
    expect(next.route.map((step) => step.stepNumber)).toEqual([3]);
    expect(next.back?.session).toBe(landed.encoded);
    expect(next.route[0]?.change.session).toBe(landed.encoded);
    expect(next.restart).toEqual(startTarget(testTree));
  });
});

describe('stepModelOf', () => {
  it('at the start: step 1, no Back, each choice leads to its next node and session', () => {
    const m = model([]);
    expect(m.node.id).toBe('q1');
    expect(m.progress).toEqual({ step: 1, aboutTotal: 5, stepsLeft: 4, ended: false });
    expect(m.back).toBeUndefined();
    expect(m.restart).toEqual({ nodeId: 'q1', session: encode([]) });
    expect(m.choices.map((c) => [c.index, c.choice.label, c.target])).toEqual([
      [0, 'Yes', { nodeId: 'q2', session: encode([0]) }],
      [1, 'No', { nodeId: 'fix', session: encode([1]) }],
    ]);
    expect(m.route).toEqual([]);
    expect(m.itemNumbers).toEqual([]);
  });

  it('part-way: the route so far with change targets, and Back one step', () => {
    const m = model([0, 1]);
    expect(m.node.id).toBe('fix');
    expect(m.progress.step).toBe(3);
    expect(m.back).toEqual({ nodeId: 'q2', session: encode([0]) });
    expect(m.route.map((r) => [r.stepNumber, r.node.id, r.choice.label, r.change])).toEqual([
      [1, 'q1', 'Yes', { nodeId: 'q1', session: encode([]) }],
      [2, 'q2', 'Yes', { nodeId: 'q2', session: encode([0]) }],
    ]);
    expect(m.itemNumbers).toEqual(['3.1']);
    expect(m.choices.map((c) => c.outcome)).toEqual(['fixed', 'not-fixed']);
  });

  it('says what a fix answer meant on the route', () => {
    const m = model([1, 1]);
    expect(m.node.kind).toBe('escalation');
    expect(m.route.map((r) => r.outcome)).toEqual([undefined, 'not-fixed']);
    expect(m.progress).toEqual({ step: 3, aboutTotal: 3, stepsLeft: 0, ended: true });
    expect(m.choices).toEqual([]);
  });

  it('follows a retry loop without growing the estimate', () => {
    const waiting = model([0, 0]);
    const again = model([0, 0, 1]);
    expect(again.node.id).toBe('wait');
    expect(again.progress.stepsLeft).toBe(waiting.progress.stepsLeft);
  });

  it('reports an answer the route does not offer', () => {
    const session: Session = { answers: [7] };
    expect(stepModelOf(testTree, session)).toEqual({
      ok: false,
      error: { kind: 'invalid-answer', stepIndex: 0, answer: 7 },
    });
  });
});

describe('stepModel (from an address)', () => {
  it('accepts the node the answers lead to', () => {
    const result = stepModel(testTree, 'q2', encode([0]));
    expect(result.ok && result.value.node.id).toBe('q2');
  });

  it('reports a node that disagrees with the answers, never correcting it', () => {
    expect(stepModel(testTree, 'fix', encode([0]))).toEqual({
      ok: false,
      error: { kind: 'wrong-node', named: 'fix', leadsTo: 'q2' },
    });
  });

  it('passes on the codec’s reason for a damaged session', () => {
    expect(stepModel(testTree, 'q1', 'zzzz-')).toEqual({
      ok: false,
      error: { kind: 'content-changed' },
    });
    expect(stepModel(testTree, 'q1', null)).toEqual({ ok: false, error: { kind: 'empty' } });
  });

  it('tells another tree’s link (a step this tree lacks) from an older version of this one', () => {
    expect(stepModel(testTree, 'tried', 'zzzz-0')).toEqual({
      ok: false,
      error: { kind: 'not-in-guide', named: 'tried' },
    });
    expect(stepModel(testTree, 'fix', 'zzzz-0')).toEqual({
      ok: false,
      error: { kind: 'content-changed' },
    });
  });

  it('names the other tree a link was made for by its fingerprint, whatever step it names', () => {
    const others = new Map([['zzzz', 'other guide']]);
    // A step both trees have (the fingerprint decides), and a step only the other one has.
    for (const named of ['fix', 'tried']) {
      expect(stepModel(testTree, named, 'zzzz-0', others)).toEqual({
        ok: false,
        error: { kind: 'not-in-guide', named, guide: 'other guide' },
      });
    }
    // A fingerprint no tree has is still an older version of this one.
    expect(stepModel(testTree, 'fix', 'yyyy-0', others)).toEqual({
      ok: false,
      error: { kind: 'content-changed' },
    });
  });

  it('startTarget is the first screen with no answers', () => {
    expect(startTarget(testTree)).toEqual({ nodeId: 'q1', session: encode([]) });
  });
});

describe('fixOutcome', () => {
  it('is only defined on fix screens', () => {
    const fix = testTree.nodes.get(model([1]).node.id);
    const question = testTree.nodes.get(testTree.start);
    expect(fix && fixOutcome(fix, 0)).toBe('fixed');
    expect(fix && fixOutcome(fix, 1)).toBe('not-fixed');
    expect(question && fixOutcome(question, 0)).toBeUndefined();
  });
});
