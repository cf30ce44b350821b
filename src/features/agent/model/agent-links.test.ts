import { describe, expect, it } from 'vitest';
import { stepModelOf, type StepModel } from '../../../engine/index.ts';
import { testTree } from '../../../engine/test-tree.ts';
import { agentLinks } from './agent-links.ts';

function model(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error('bad test session');
  return result.value;
}

describe('agent links', () => {
  it('keeps agent mode on every way on, back and restart', () => {
    const links = agentLinks(model([0]), 'test');
    expect(links.choices).toHaveLength(3);
    expect(links.choices[0]).toMatch(/^\/errors\/test\/step\/wait\?s=[0-9a-z]{4}-00&mode=agent$/);
    expect(links.back).toMatch(/^\/errors\/test\/step\/q1\?s=[0-9a-z]{4}-&mode=agent$/);
    expect(links.restart).toMatch(/^\/errors\/test\/step\/q1\?s=[0-9a-z]{4}-&mode=agent$/);
  });

  it('goes back from the first question to the error page, and has no choices at an ending', () => {
    expect(agentLinks(model([]), 'test').back).toBe('/errors/test?mode=agent');
    expect(agentLinks(model([1, 0]), 'test').choices).toEqual([]);
  });
});
