import { describe, expect, it } from 'vitest';
import { createSearcher } from './searcher.ts';
import { e202, eH202, eOl202, testIndex } from './test-index.ts';

describe('createSearcher', () => {
  it('binds matching to one index', () => {
    const searcher = createSearcher(testIndex);
    expect(searcher.index).toBe(testIndex);
    expect(searcher.match('OL-202')).toEqual({ kind: 'exact', entry: eOl202 });
    expect(searcher.closest('202')).toEqual([e202, eH202, eOl202]);
    expect(searcher.closest('')).toEqual([]);
  });
});
