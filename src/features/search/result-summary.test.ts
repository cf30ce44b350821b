import { describe, expect, it } from 'vitest';
import { matchQuery } from '../../search/match-query.ts';
import { testIndex } from '../../search/test-index.ts';
import { summaryOf } from './result-summary.ts';

const summary = (query: string): string => summaryOf(matchQuery(testIndex, query));

describe('summaryOf', () => {
  it('says what the search found in one sentence', () => {
    expect(summary('')).toBe('');
    expect(summary('102')).toBe("Found Error 102: the bank's server is not answering.");
    expect(summary('202')).toBe('3 messages use the number 202. Choose the one you saw.');
    expect(summary('firewall')).toBe('1 error matched, best match first.');
    expect(summary('999')).toBe('No exact match. 1 error close to it listed.');
    expect(summary('purple')).toBe('Nothing matched. The codes we cover are listed below.');
  });
});
