import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basisOf, claimLedger, claimProblems } from './claims.ts';
import { readYamlFile } from './read-content-dir.ts';
import { errorFileSchema } from './schema/error-file.ts';

const types = new Map([
  ['seed', 'third-party'],
  ['article', 'intuit'],
  ['staff', 'intuit-staff'],
  ['bank', 'bank'],
] as const);

function tiny() {
  const raw = readYamlFile(
    process.cwd(),
    join(process.cwd(), 'src/content/fixtures/valid/errors/tiny.yaml'),
  );
  if ('problem' in raw) throw new Error(raw.problem);
  return errorFileSchema.parse(raw.data);
}

describe('what a claim rests on', () => {
  it('is our advice when it says ours, else the strongest type among its sources', () => {
    expect(basisOf('ours', types)).toBe('ours');
    expect(basisOf('seed', types)).toBe('third-party');
    expect(basisOf(['seed', 'bank'], types)).toBe('bank');
    expect(basisOf(['seed', 'staff'], types)).toBe('intuit-staff');
    expect(basisOf(['bank', 'article', 'seed'], types)).toBe('intuit');
    expect(basisOf(undefined, types)).toBeUndefined();
    expect(basisOf('nowhere', types)).toBeUndefined();
  });
});

describe('the claims ledger', () => {
  it('counts every claim of an error by what it rests on', () => {
    // tiny.yaml: snapshot, one cause, expert, one cost, a wait, a fix and its step, an escalation.
    expect(claimLedger(tiny())).toEqual({
      intuit: 0,
      'intuit-staff': 0,
      bank: 0,
      'third-party': 8,
      ours: 0,
      total: 8,
    });
  });

  it('refuses a claim that names sources and our advice together', () => {
    const entry = tiny();
    if (entry.kind !== 'guided') throw new Error('tiny is guided');
    const mixed = { ...entry, snapshot: { ...entry.snapshot, source: ['test', 'ours'] } };
    expect(claimProblems('tiny.yaml', mixed, () => ({})).map((p) => p.problem)).toEqual([
      'names sources and "ours" together',
    ]);
  });
});
