import { describe, expect, it } from 'vitest';
import { testTree } from '../../engine/test-tree.ts';
import { agentLinks } from './agent-links.ts';

describe('agent links', () => {
  it('keeps agent mode on every way on, back and restart', () => {
    const links = agentLinks(testTree, 'test', { answers: [0] });
    expect(links.choices).toHaveLength(3);
    expect(links.choices[0]).toMatch(/^\/errors\/test\/step\/wait\?s=[0-9a-z]{4}-00&mode=agent$/);
    expect(links.back).toMatch(/^\/errors\/test\/step\/q1\?s=[0-9a-z]{4}-&mode=agent$/);
    expect(links.restart).toMatch(/^\/errors\/test\/step\/q1\?s=[0-9a-z]{4}-&mode=agent$/);
  });

  it('goes back from the first question to the error page, and has no choices at an ending', () => {
    expect(agentLinks(testTree, 'test', { answers: [] }).back).toBe('/errors/test?mode=agent');
    expect(agentLinks(testTree, 'test', { answers: [1, 0] }).choices).toEqual([]);
  });
});
