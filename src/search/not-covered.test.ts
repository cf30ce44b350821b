import { describe, expect, it } from 'vitest';
import type { NotCoveredFamily } from '../content/types.ts';
import { normalizeQuery } from './normalize-query.ts';
import { findNotCovered } from './not-covered.ts';

const updates: NotCoveredFamily = { name: 'Update errors', codes: ['15xxx'] };
const payroll: NotCoveredFamily = { name: 'Payroll errors', codes: ['PSxxx'] };
const olsu: NotCoveredFamily = { name: 'OLSU errors', codes: ['OLSU-xxxx'] };
const families = [updates, payroll, olsu];

const find = (typed: string) => findNotCovered(families, normalizeQuery(typed));

describe('findNotCovered', () => {
  it.each([
    ['15215', updates, '15215'],
    ['QuickBooks error 15240', updates, '15240'],
    ['error 15xxx', updates, '15xxx'],
    ['PS032', payroll, 'PS032'],
    ['ps 077', payroll, 'PS077'],
    ['payroll error PS107', payroll, 'PS107'],
    ['OLSU-1013', olsu, 'OLSU-1013'],
    ['olsu 1016', olsu, 'OLSU-1016'],
    ['olsu1024', olsu, 'OLSU-1024'],
    ['OLSU bank feed', olsu, 'OLSU'],
  ])('%j is in the family %#, shown as %s', (typed, family, code) => {
    expect(find(typed)).toEqual({ family, code });
  });

  it.each(['152', '1521', '152155', '25215', 'PS03', 'PS0321', 'ps', 'bank feed', ''])(
    'leaves %j alone: wrong length, prefix or no code',
    (typed) => {
      expect(find(typed)).toBeUndefined();
    },
  );

  it('needs three letters before a prefix alone counts ("PS" alone is too vague)', () => {
    expect(find('PS payroll')).toBeUndefined();
    expect(find('olsu')).toEqual({ family: olsu, code: 'OLSU' });
  });

  it('finds nothing with no families', () => {
    expect(findNotCovered([], normalizeQuery('PS032'))).toBeUndefined();
  });
});
