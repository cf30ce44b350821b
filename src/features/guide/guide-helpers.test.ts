import { describe, expect, it } from 'vitest';
import { asNodeId, encodeSession } from '../../engine/index.ts';
import { fixtureTree as tree } from '../../test-support/guided-fixture.ts';
import { priceRange } from '../../ui/cost.ts';
import { checkKey } from '../../store/check-key.ts';
import { causeLink, codeLabel } from './guide-anchors.ts';
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
  it('offers to continue at the saved step', () => {
    expect(resumeOffer(tree, 'tiny', saved(s([1]), 'refresh'))).toEqual({
      kind: 'resume',
      href: `/errors/tiny/step/refresh?s=${s([1])}`,
      step: 2,
      title: 'Refresh the feed',
    });
  });

  it('offers nothing when nothing (or only the first step) was saved', () => {
    expect(resumeOffer(tree, 'tiny', undefined)).toEqual({ kind: 'none' });
    expect(resumeOffer(tree, 'tiny', saved(s([]), 'ask'))).toEqual({ kind: 'none' });
  });

  it('calls progress stale when the guide changed or it does not add up', () => {
    expect(resumeOffer(tree, 'tiny', saved(s([1]), 'refresh', 'zzzz')).kind).toBe('stale');
    expect(resumeOffer(tree, 'tiny', saved(`${print}-9`, 'refresh')).kind).toBe('stale');
    expect(resumeOffer(tree, 'tiny', saved(s([1]), 'fixed')).kind).toBe('stale');
  });
});

describe('guide helpers', () => {
  it('links a cause to its fix, its wait, or getting help', () => {
    expect(causeLink(tree, asNodeId('refresh'))).toEqual({
      href: '#fix-refresh',
      label: 'How to fix it: Refresh the feed',
    });
    expect(causeLink(tree, asNodeId('wait'))?.href).toBe('#wait-wait');
    expect(causeLink(tree, asNodeId('expert'))?.href).toBe('#help-expert');
    expect(causeLink(tree, asNodeId('fixed'))).toBeUndefined();
  });

  it('writes codes and prices the way people read them', () => {
    expect(codeLabel('ol-202')).toBe('OL-202');
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
