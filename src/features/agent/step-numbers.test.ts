import { describe, expect, it } from 'vitest';
import { walk, type Walk } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { currentStepLabel, itemNumber, stepKey, stepLabels } from './step-numbers.ts';

function walked(answers: number[]): Walk {
  const result = walk(testTree, { answers });
  if (!result.ok) throw new Error('bad walk');
  return result.value;
}

describe('step numbers', () => {
  it('numbers the first screen 1', () => {
    const labels = stepLabels(walked([]));
    expect(labels.map((l) => [l.label, l.key, l.items])).toEqual([['Step 1', '1:q1', []]]);
  });

  it('numbers each screen by its position on the route, and fix items N.k', () => {
    const labels = stepLabels(walked([0, 1]));
    expect(labels.map((l) => [l.label, l.key, l.items])).toEqual([
      ['Step 1', '1:q1', []],
      ['Step 2', '2:q2', []],
      ['Step 3', '3:fix', ['3.1']],
    ]);
  });

  it('gives a shorter route to the same fix a different number', () => {
    expect(currentStepLabel(walked([1])).label).toBe('Step 2');
    expect(currentStepLabel(walked([1])).items).toEqual(['2.1']);
    expect(currentStepLabel(walked([0, 1])).items).toEqual(['3.1']);
  });

  it('counts a retry loop as new steps, with their own keys', () => {
    const labels = stepLabels(walked([0, 0, 1, 0]));
    expect(labels.map((l) => l.key)).toEqual(['1:q1', '2:q2', '3:wait', '4:wait', '5:done']);
  });

  it('builds keys and item numbers', () => {
    expect(stepKey(2, 'q2')).toBe('2:q2');
    expect(itemNumber(2, 3)).toBe('2.3');
  });
});
