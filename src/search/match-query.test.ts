import { describe, expect, it } from 'vitest';
import { entriesOf, matchQuery, type MatchResult } from './match-query.ts';
import { e102, e105, e12029, e202, e9999, eH202, eOl202, testIndex } from './test-index.ts';

const match = (query: string): MatchResult => matchQuery(testIndex, query);
const slugs = (result: MatchResult): string[] => entriesOf(result).map((e) => e.slug);

describe('matchQuery: codes', () => {
  it.each(['Error 102', '102', ' 102 ', 'error code 102', 'QuickBooks error 102', 'qb error 102'])(
    'finds 102 exactly from %j',
    (query) => {
      expect(match(query)).toEqual({ kind: 'exact', entry: e102 });
    },
  );

  it.each(['OL-202', 'ol202', 'OL 202', 'Error OL-202', 'quickbooks error ol-202'])(
    'finds OL-202 exactly from %j',
    (query) => {
      expect(match(query)).toEqual({ kind: 'exact', entry: eOl202 });
    },
  );

  it.each(['h202', 'H202', 'H 202', 'H-202', 'Error H202'])('finds H202 exactly from %j', (q) => {
    expect(match(q)).toEqual({ kind: 'exact', entry: eH202 });
  });

  it.each(['202', 'Error 202', 'QuickBooks error 202', 'error code 202', 'quickbooks 202'])(
    'asks which message %j was, plain code first',
    (query) => {
      expect(match(query)).toEqual({
        kind: 'ambiguous',
        code: '202',
        entries: [e202, eH202, eOl202],
      });
    },
  );

  it('settles a shared number with an alias or with telling words', () => {
    expect(match('payroll error 202')).toEqual({ kind: 'exact', entry: e202 });
    expect(match('bank feed error 202')).toEqual({ kind: 'exact', entry: e202 });
    expect(match('202 when I open the company file')).toEqual({ kind: 'exact', entry: eH202 });
    expect(match('202 send queue')).toEqual({ kind: 'exact', entry: eOl202 });
  });

  it('still asks when the words do not settle it', () => {
    expect(match('202 something odd')).toMatchObject({ kind: 'ambiguous', code: '202' });
  });

  it('finds every code of the index from its own code', () => {
    for (const entry of testIndex) expect(slugs(match(entry.code))).toContain(entry.slug);
  });

  it('treats an unknown year as a version, not a code', () => {
    const result = match('QuickBooks 2023 payroll');
    expect(result.kind).toBe('words');
    expect(slugs(result)[0]).toBe('202');
  });
});

describe('matchQuery: words', () => {
  it('ranks by keyword, covered errors first on a tie', () => {
    const result = match('bank feed maintenance');
    expect(result.kind).toBe('words');
    expect(slugs(result).slice(0, 2)).toEqual(['102', '105']);
  });

  it.each([
    ['payroll', '202'],
    ['sign in', '202'],
    ['Sign-in', '202'],
    ['maintenance', '102'],
    ['multi-user', 'h202'],
    ['firewall', '12029'],
    ['payrol', '202'],
  ])('puts the right error first for %j', (query, slug) => {
    const result = match(query);
    expect(result.kind).toBe('words');
    expect(slugs(result)[0]).toBe(slug);
  });

  it('leaves weak matches out', () => {
    expect(slugs(match('bank feed maintenance'))).not.toContain('12029');
  });
});

describe('matchQuery: codes with no page on purpose', () => {
  const payroll = { name: 'Payroll errors', codes: ['PSxxx'] };
  const updates = { name: 'Update errors', codes: ['15xxx'] };
  const hundreds = { name: 'A family that takes in 102', codes: ['1xx'] };

  it('answers a code from a family plainly, with no near misses', () => {
    const result = matchQuery(testIndex, 'payroll error PS032', [payroll, updates]);
    expect(result).toEqual({ kind: 'not-covered', family: payroll, code: 'PS032' });
    expect(entriesOf(result)).toEqual([]);
    expect(matchQuery(testIndex, '15215', [payroll, updates])).toMatchObject({
      kind: 'not-covered',
      family: updates,
    });
  });

  it('lets a covered code win over a family that would take it in', () => {
    expect(matchQuery(testIndex, '102', [hundreds])).toEqual({ kind: 'exact', entry: e102 });
    expect(matchQuery(testIndex, '103', [hundreds])).toMatchObject({ kind: 'not-covered' });
  });

  it('is an unknown code as before when no families are given', () => {
    expect(match('PS032')).toMatchObject({ kind: 'none', code: 'ps032' });
  });
});

describe('matchQuery: nothing found', () => {
  it('suggests the closest codes for an unknown code', () => {
    expect(match('Error 999')).toEqual({ kind: 'none', code: '999', suggestions: [e9999] });
    expect(slugs(match('201'))).toEqual(['202', 'h202', 'ol-202', '102', '105']);
    expect(match('x202')).toMatchObject({ kind: 'none', code: 'x202' });
    expect(slugs(match('12000'))[0]).toBe('12029');
  });

  it('adds word matches to the suggestions for an unknown code', () => {
    const result = match('payroll 7777');
    expect(result).toMatchObject({ kind: 'none', code: '7777' });
    expect(slugs(result)).toContain('202');
  });

  it('says so when no word matches', () => {
    expect(match('purple elephant')).toEqual({ kind: 'none', code: undefined, suggestions: [] });
  });

  it('has nothing to say about empty input', () => {
    expect(match('')).toEqual({ kind: 'empty' });
    expect(match('   ')).toEqual({ kind: 'empty' });
    expect(match('QuickBooks error')).toEqual({ kind: 'empty' });
  });

  it('copes with very long and script-bearing input', () => {
    expect(match('bank feed '.repeat(5_000)).kind).toBe('words');
    expect(match('9'.repeat(5_000)).kind).toBe('none');
    const script = match('<script>alert(1)</script>');
    expect(['words', 'none']).toContain(script.kind);
  });

  it('lists what each result points to', () => {
    expect(entriesOf({ kind: 'empty' })).toEqual([]);
    expect(entriesOf(match('12029'))).toEqual([e12029]);
    expect(entriesOf(match('105'))).toEqual([e105]);
  });
});
