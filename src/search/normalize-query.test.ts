import { describe, expect, it } from 'vitest';
import {
  codeKey,
  digitsOf,
  isCodeToken,
  MAX_QUERY_LENGTH,
  normalizeQuery,
} from './normalize-query.ts';

describe('normalizeQuery', () => {
  it.each([
    ['202', '202'],
    ['Error 202', '202'],
    ['QuickBooks error 202', '202'],
    ['QB Error 202', '202'],
    ['error code 102', '102'],
    ['  102  ', '102'],
    ['Error: 102.', '102'],
    ['OL-202', 'ol202'],
    ['ol202', 'ol202'],
    ['OL 202', 'ol202'],
    ['h202', 'h202'],
    ['H 202', 'h202'],
    ['H-202', 'h202'],
    ['Error H202', 'h202'],
    ['error202', '202'],
    ['ＯＬ－２０２', 'ol202'],
  ])('reads the code in %j as %j', (raw, expected) => {
    expect(normalizeQuery(raw)).toBe(expected);
  });

  it('keeps words, drops punctuation and product words', () => {
    expect(normalizeQuery('Bank Feed  maintenance!')).toBe('bank feed maintenance');
    expect(normalizeQuery("Can't sign-in to QuickBooks")).toBe('can t sign in to');
    expect(normalizeQuery('payroll error 202')).toBe('payroll 202');
  });

  it('does not glue ordinary short words to numbers', () => {
    expect(normalizeQuery('payroll in 2023')).toBe('payroll in 2023');
    expect(normalizeQuery('bank feed 102')).toBe('bank feed 102');
  });

  it('gives nothing for nothing', () => {
    expect(normalizeQuery('')).toBe('');
    expect(normalizeQuery('   \t\n ')).toBe('');
    expect(normalizeQuery('QuickBooks error code')).toBe('');
    expect(normalizeQuery('!!! ??? ---')).toBe('');
  });

  it('turns markup into plain words', () => {
    expect(normalizeQuery('<script>alert(1)</script>')).toBe('script alert 1 script');
  });

  it('cuts very long input', () => {
    const long = 'bank '.repeat(10_000);
    expect(normalizeQuery(long).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
  });
});

describe('code helpers', () => {
  it('make canonical codes and their digits', () => {
    expect(codeKey('OL-202')).toBe('ol202');
    expect(codeKey('H202')).toBe('h202');
    expect(digitsOf('ol202')).toBe('202');
  });

  it('recognise code tokens', () => {
    expect(['202', 'h202', 'ol202', '12029'].every(isCodeToken)).toBe(true);
    expect(['1', 'bank', 'abc202', ''].some(isCodeToken)).toBe(false);
  });
});
