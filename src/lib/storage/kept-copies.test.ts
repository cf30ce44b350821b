import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../test-support/memory-storage.ts';
import { adoptLegacyCopies, keepCopy, KEEP_LIMIT, keptCopies } from './kept-copies.ts';
import { safeStorage } from './web-storage.ts';

const KEY = 'fixpath:test';

describe('kept copies', () => {
  it('keeps each copy with its time, oldest first, and never overwrites one', () => {
    const raw = memoryStorage();
    const storage = safeStorage(() => raw);
    expect(keepCopy(storage, KEY, 'first', 2000)).toBe(true);
    expect(keepCopy(storage, KEY, 'second', 1000)).toBe(true);
    expect(keepCopy(storage, KEY, 'same time', 2000)).toBe(true);
    expect(keptCopies(storage, KEY)).toEqual([
      { at: 1000, text: 'second' },
      { at: 2000, text: 'first' },
      { at: 2001, text: 'same time' },
    ]);
  });

  it(`keeps the newest ${KEEP_LIMIT}, dropping the oldest only beyond that`, () => {
    const raw = memoryStorage();
    const storage = safeStorage(() => raw);
    for (let i = 1; i <= KEEP_LIMIT; i++) keepCopy(storage, KEY, `copy ${i}`, i * 1000);
    expect(keptCopies(storage, KEY)).toHaveLength(KEEP_LIMIT);
    keepCopy(storage, KEY, 'one more', 9000);
    const texts = keptCopies(storage, KEY).map((copy) => copy.text);
    expect(texts).toEqual(['copy 2', 'copy 3', 'copy 4', 'copy 5', 'one more']);
  });

  it('says so when the browser will not store a copy', () => {
    const raw = memoryStorage({}, { setItem: true });
    const storage = safeStorage(() => raw);
    expect(keepCopy(storage, KEY, 'junk', 1000)).toBe(false);
    expect(keptCopies(storage, KEY)).toEqual([]);
  });

  it('ignores other keys and other stores', () => {
    const raw = memoryStorage({
      [KEY]: 'live',
      [`${KEY}:set-aside:x`]: 'not a time',
      [`${KEY}-other:set-aside:5`]: 'another store',
      [`${KEY}:set-aside:7`]: 'kept',
    });
    expect(
      keptCopies(
        safeStorage(() => raw),
        KEY,
      ),
    ).toEqual([{ at: 7, text: 'kept' }]);
  });

  it('moves single set-aside copies of older versions into the history', () => {
    const raw = memoryStorage({
      [`${KEY}:set-aside`]: 'old single copy',
      [`${KEY}:102:set-aside`]: '{"session":"abcd-01"}',
      [`${KEY}:set-aside:500`]: 'already kept',
    });
    const storage = safeStorage(() => raw);
    adoptLegacyCopies(storage, KEY, 9000);
    expect(keptCopies(storage, KEY)).toEqual([
      { at: 500, text: 'already kept' },
      { at: 9000, text: '{"session":"abcd-01"}' },
      { at: 9001, text: 'old single copy' },
    ]);
    expect(raw.data.has(`${KEY}:set-aside`)).toBe(false);
    expect(raw.data.has(`${KEY}:102:set-aside`)).toBe(false);
  });
});
