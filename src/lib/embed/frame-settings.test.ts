import { describe, expect, it } from 'vitest';
import { frameSettings, keepFrameSettings } from './frame-settings.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    items,
  };
}

describe('the snippet’s settings inside the frame', () => {
  it('come from the first address and are kept for the pages after it', () => {
    const store = memoryStore();
    const first = '?embed=1&return=https%3A%2F%2Ffirm.example%2Fdone&context=T-9';
    keepFrameSettings(first, store);
    expect(frameSettings(first, store)).toEqual({
      returnUrl: 'https://firm.example/done',
      context: 'T-9',
    });
    expect(frameSettings('?embed=1', store)).toEqual({
      returnUrl: 'https://firm.example/done',
      context: 'T-9',
    });
  });

  it('are checked again on every read: bad values in the address or storage are dropped', () => {
    const hostile = '?embed=1&return=javascript%3Aalert(1)&context=T-1%0AFake';
    expect(frameSettings(hostile, memoryStore())).toEqual({});
    const store = memoryStore({
      'fixpath:embed': JSON.stringify({ returnUrl: 'javascript:alert(1)', context: 'T-1' }),
    });
    expect(frameSettings('?embed=1', store)).toEqual({ context: 'T-1' });
    expect(frameSettings('?embed=1', memoryStore({ 'fixpath:embed': '{not json' }))).toEqual({});
    expect(frameSettings('?embed=1', memoryStore({ 'fixpath:embed': '"text"' }))).toEqual({});
  });

  it('survive storage that refuses or is missing', () => {
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(() => keepFrameSettings('?context=T-1', refusing)).not.toThrow();
    expect(frameSettings('?embed=1', refusing)).toEqual({});
    expect(frameSettings('?context=T-1', undefined)).toEqual({ context: 'T-1' });
  });
});
