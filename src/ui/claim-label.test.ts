import { describe, expect, it } from 'vitest';
import { claimLabel } from './claim-label.ts';

describe('claimLabel', () => {
  it('names what each kind of claim rests on, keeping third parties and our advice apart', () => {
    expect(claimLabel('intuit')).toBe('From Intuit’s help');
    expect(claimLabel('intuit-staff')).toBe('From an Intuit employee’s reply');
    expect(claimLabel('bank')).toBe('From a bank’s own instructions');
    expect(claimLabel('third-party')).toBe('Reported by third parties');
    expect(claimLabel('ours')).toBe('Our advice');
  });
});
