import { describe, expect, it } from 'vitest';
import { confidenceNote } from './confidence-note.ts';
import { errorName, errorNames, hostOf } from './neighbour-links.ts';

describe('neighbour page text', () => {
  it('names covered errors', () => {
    expect(errorName('h202')).toBe('Error H202');
    expect(errorNames(['202'])).toBe('Error 202');
    expect(errorNames(['202', '102'])).toBe('Error 202 or Error 102');
    expect(errorNames(['202', '102', '103'])).toBe('Error 202, Error 102 or Error 103');
  });

  it('shows where an external link leads', () => {
    expect(hostOf('https://quickbooks.intuit.com/learn-support/x')).toBe('quickbooks.intuit.com');
    expect(hostOf('https://www.example.com/')).toBe('example.com');
    expect(hostOf('https://[nope')).toBe('');
  });

  it('warns when only third parties describe a code', () => {
    expect(confidenceNote('intuit').tone).toBe('plain');
    expect(confidenceNote('third-party')).toMatchObject({
      tone: 'warning',
      title: 'Commonly reported; not confirmed by Intuit.',
    });
    expect(confidenceNote('third-party-low')).toMatchObject({
      tone: 'warning',
      title: expect.stringContaining('not confirmed by Intuit') as unknown as string,
    });
  });
});
