import { describe, expect, it } from 'vitest';
import { asNodeId, encodeSession } from '../../engine/index.ts';
import { checkKey } from '../../store/check-key.ts';
import { fixtureTree as tree } from '../../test-support/guided-fixture.ts';
import { priceRange } from '../../ui/cost.ts';
import { codeLabel, nodePath, startPath } from './guide-links.ts';
import { linkProblemFrom, linkProblemOf } from './link-problem.ts';
import { problemMessage } from './problem-message.ts';
import { resumeOffer } from './resume-offer.ts';

const s = (answers: number[]): string => encodeSession(tree, { answers });
const print = s([]).slice(0, 4);
const saved = (session: string, nodeId: string, fingerprint = print) => ({
  session,
  nodeId,
  fingerprint,
  updatedAt: 1,
});

describe('resume offer', () => {
  it('offers to continue at the saved step, with its title when it was saved', () => {
    expect(resumeOffer({ ...saved(s([1]), 'refresh'), step: 2, title: 'Refresh' }, print)).toEqual({
      kind: 'resume',
      nodeId: 'refresh',
      session: s([1]),
      step: 2,
      title: 'Refresh',
    });
    expect(resumeOffer(saved(s([0, 1]), 'wait'), print)).toMatchObject({
      step: 3,
      title: undefined,
    });
  });

  it('offers nothing when nothing (or only the first step) was saved', () => {
    expect(resumeOffer(undefined, print)).toEqual({ kind: 'none' });
    expect(resumeOffer(saved(s([]), 'ask'), print)).toEqual({ kind: 'none' });
  });

  it('calls progress stale when the guide changed', () => {
    expect(resumeOffer(saved(s([1]), 'refresh', 'zzzz'), print).kind).toBe('stale');
    expect(resumeOffer(saved('zzzz-1', 'refresh'), print).kind).toBe('stale');
  });
});

describe('guide links', () => {
  it('links to the first step, and to where a node is first reached', () => {
    expect(startPath(tree, 'tiny', {})).toBe(`/errors/tiny/step/ask?s=${s([])}`);
    expect(nodePath(tree, 'tiny', asNodeId('refresh'), { mode: 'agent' })).toBe(
      `/errors/tiny/step/refresh?s=${s([1])}&mode=agent`,
    );
    expect(nodePath(tree, 'tiny', asNodeId('nowhere'), {})).toBeUndefined();
  });

  it('writes codes and prices the way people read them', () => {
    expect(codeLabel('ol-202')).toBe('OL-202');
    expect(codeLabel('6189-816', { '6189-816': '-6189, -816' })).toBe('-6189, -816');
    expect(codeLabel('ol-202', { '6189-816': '-6189, -816' })).toBe('OL-202');
    expect(priceRange({ label: 'a', minDollars: 100, maxDollars: 250, covers: 'x' })).toBe(
      '$100–$250',
    );
    expect(priceRange({ label: 'a', minDollars: 0, maxDollars: 0, covers: 'x' })).toBe('Free');
    expect(priceRange({ label: 'a', minDollars: 1500, maxDollars: 1500, covers: 'x' })).toBe(
      '$1,500',
    );
  });

  it('keys tick boxes by slug, tree fingerprint, node and step', () => {
    expect(checkKey('102', 'k3f9', 'manual-refresh', 2)).toBe('102:k3f9:manual-refresh:2');
  });
});

describe('link problems', () => {
  it('travel in the address as a kind and a 1-based number', () => {
    expect(linkProblemFrom({ kind: 'invalid-answer', stepIndex: 1, answer: 9 })).toEqual({
      kind: 'invalid-answer',
      at: 2,
    });
    expect(linkProblemOf('?link=invalid-answer&at=2')).toEqual({ kind: 'invalid-answer', at: 2 });
    expect(linkProblemOf('?link=content-changed')).toEqual({ kind: 'content-changed' });
  });

  it('name the guide a link from another guide was made for, only a guide this site has', () => {
    const guide = { slug: '202', code: '202', fingerprint: expect.any(String) };
    expect(linkProblemFrom({ kind: 'not-in-guide', named: 'tried', guide: '202' })).toEqual({
      kind: 'not-in-guide',
      guide,
    });
    expect(linkProblemOf('?link=not-in-guide&guide=202')).toEqual({ kind: 'not-in-guide', guide });
    expect(linkProblemOf('?link=not-in-guide&guide=<b>')).toEqual({ kind: 'not-in-guide' });
    expect(linkProblemOf('?link=not-in-guide&guide=103')).toEqual({ kind: 'not-in-guide' });
    expect(linkProblemOf('?link=malformed&guide=202')).toEqual({ kind: 'malformed' });
    expect(linkProblemFrom({ kind: 'not-in-guide', named: 'x', guide: 'zzz' })).toEqual({
      kind: 'not-in-guide',
    });
  });

  it('ignore junk in the address', () => {
    expect(linkProblemOf('?link=<script>')).toBeUndefined();
    expect(linkProblemOf('?link=constructor')).toBeUndefined();
    expect(linkProblemOf('?link=malformed&at=-3')).toEqual({ kind: 'malformed' });
    expect(linkProblemOf('')).toBeUndefined();
  });

  it('each get a plain explanation', () => {
    expect(problemMessage({ kind: 'past-the-end', at: 3 }).body).toContain('after step 3,');
    expect(problemMessage({ kind: 'content-changed' }).title).toBe(
      'This link was made for an older version of this guide',
    );
    const other = problemMessage({
      kind: 'not-in-guide',
      guide: { slug: 'h202', code: 'H202', fingerprint: 'abcd' },
    });
    expect(other.title).toBe('This step link belongs to the Error H202 guide');
    expect(other.body).not.toContain('older version');
  });
});
