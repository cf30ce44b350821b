import { describe, expect, it } from 'vitest';
import { repairLabel } from './repair-label.ts';

describe('repairLabel', () => {
  const step = (number: number) => ({ number, name: `Step ${number}` });
  it('names the source’s numbered steps one way everywhere', () => {
    expect(repairLabel({ kind: 'repair-steps', steps: [step(2)] }, 3, 'Fixpath')).toBe(
      'Repair 2 of 3',
    );
    expect(repairLabel({ kind: 'repair-steps', steps: [step(1), step(2)] }, 3, 'Fixpath')).toBe(
      'Repairs 1 and 2 of 3',
    );
  });

  it('marks what was added beyond the source, never counting it', () => {
    expect(repairLabel({ kind: 'added-by-us' }, 3, 'Fixpath')).toBe(
      'Added by Fixpath: not one of the 3 repairs',
    );
  });

  it('says nothing where the source numbers no steps', () => {
    expect(repairLabel(undefined, 3, 'Fixpath')).toBeUndefined();
    expect(repairLabel({ kind: 'added-by-us' }, 0, 'Fixpath')).toBeUndefined();
  });
});
