import { describe, expect, it } from 'vitest';
import { asNodeId, encodeSession } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { mapLinks } from './map-links.ts';

const session = (...answers: number[]) => encodeSession(testTree, { answers });

describe('mapLinks', () => {
  it('marks the session on the map and links what it can reach, under the base path', () => {
    const links = mapLinks(testTree, '102', session(1), { mode: 'agent' }, '/help/');
    expect(links.marks).toMatchObject({ current: 'fix', pathNodes: ['q1'], pathEdges: ['q1:1'] });
    expect(links.hrefFor(asNodeId('done'))).toBe(
      `/help/errors/102/step/done?s=${session(1, 0)}&mode=agent`,
    );
    expect(links.hrefFor(asNodeId('q2'))).toBeUndefined();
  });

  it('without a readable session, marks nothing and links every step from the start', () => {
    const links = mapLinks(testTree, '102', 'zzzz-', undefined, '/');
    expect(links.marks).toBeUndefined();
    expect(links.hrefFor(asNodeId('q2'))).toBe(`/errors/102/step/q2?s=${session(0)}`);
  });
});
