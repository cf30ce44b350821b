import { describe, expect, it } from 'vitest';
import { parentOrigin } from './parent-origin.ts';

const FIRM = 'https://www.firm.example';
const list = (...items: string[]) => ({
  length: items.length,
  item: (i: number) => items[i] ?? null,
});

describe('where the frame reports its height', () => {
  it('to the parent the browser names, when it is allowed', () => {
    expect(parentOrigin([FIRM], list(FIRM), '')).toBe(FIRM);
    expect(parentOrigin([FIRM], undefined, `${FIRM}/help?ticket=1`)).toBe(FIRM);
  });

  it('to nobody when the parent is not on the list (the host’s hello may say later)', () => {
    expect(parentOrigin([FIRM], list('https://evil.example'), '')).toBeUndefined();
    expect(parentOrigin([FIRM], undefined, 'https://evil.example/')).toBeUndefined();
    expect(parentOrigin([], list(FIRM), FIRM)).toBeUndefined();
    expect(parentOrigin([FIRM], undefined, 'not a url')).toBeUndefined();
  });
});
