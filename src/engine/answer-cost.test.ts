import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerCost, largestAnswerCount, targetWeights } from './answer-cost.ts';
import { entropy, optimalPrefixCodeLength } from './info-bound.ts';
import { testTree } from './test-tree.ts';
import { asNodeId as id } from './types.ts';

describe('targetWeights', () => {
  it('uses the likelihoods given, in proportion', () => {
    expect(
      targetWeights([
        { node: id('a'), likelihood: 70 },
        { node: id('b'), likelihood: 30 },
      ]),
    ).toEqual([0.7, 0.3]);
  });

  it('weighs every target equally when none is given', () => {
    expect(targetWeights([{ node: id('a') }, { node: id('b') }, { node: id('c') }])).toEqual([
      1 / 3,
      1 / 3,
      1 / 3,
    ]);
  });

  it('shares what is left of 100 among targets without a likelihood', () => {
    expect(
      targetWeights([{ node: id('a'), likelihood: 50 }, { node: id('b') }, { node: id('c') }]),
    ).toEqual([0.5, 0.25, 0.25]);
    expect(targetWeights([{ node: id('a'), likelihood: 100 }, { node: id('b') }])).toEqual([
      0.5, 0.5,
    ]);
  });
});

describe('optimalPrefixCodeLength', () => {
  it('is Huffman: binary and ternary examples', () => {
    expect(optimalPrefixCodeLength([0.5, 0.25, 0.25], 2)).toBeCloseTo(1.5);
    expect(optimalPrefixCodeLength(Array(6).fill(1 / 6), 2)).toBeCloseTo(16 / 6);
    expect(optimalPrefixCodeLength(Array(6).fill(1 / 6), 3)).toBeCloseTo(11 / 6);
    expect(optimalPrefixCodeLength([0.7, 0.2, 0.1], 6)).toBeCloseTo(1);
    expect(optimalPrefixCodeLength([1], 4)).toBe(0);
  });

  it('property: lies between the entropy and the entropy plus one', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 12 }),
        fc.integer({ min: 2, max: 9 }),
        (raw, arity) => {
          const total = raw.reduce((a, b) => a + b, 0);
          const p = raw.map((x) => x / total);
          const length = optimalPrefixCodeLength(p, arity);
          expect(length).toBeGreaterThanOrEqual(entropy(p, arity) - 1e-9);
          expect(length).toBeLessThan(entropy(p, arity) + 1);
        },
      ),
    );
  });

  it('refuses an alphabet of fewer than two letters', () => {
    expect(() => optimalPrefixCodeLength([0.5, 0.5], 1)).toThrow(RangeError);
  });
});

describe('answerCost', () => {
  it('weighs each target by its likelihood and gives the floor for those weights', () => {
    expect(largestAnswerCount(testTree)).toBe(3);
    const cost = answerCost(testTree, [
      { node: id('wait'), likelihood: 70 },
      { node: id('fix'), likelihood: 30 },
    ]);
    expect(cost.ok && cost.value).toMatchObject({
      answers: [2, 1],
      arity: 3,
      prefixFree: true,
    });
    expect(cost.ok && cost.value.expected).toBeCloseTo(1.7);
    expect(cost.ok && cost.value.lowerBound).toBeCloseTo(1);
    expect(cost.ok && cost.value.entropy).toBeCloseTo(entropy([0.7, 0.3], 3));
  });

  it('says when one target lies on the way to another (the floor then does not apply)', () => {
    const cost = answerCost(testTree, [{ node: id('fix') }, { node: id('done') }]);
    expect(cost.ok && cost.value.prefixFree).toBe(false);
  });

  it('names a target no route reaches', () => {
    expect(answerCost(testTree, [{ node: id('ghost') }])).toEqual({
      ok: false,
      error: { kind: 'unreachable', node: 'ghost' },
    });
  });
});
