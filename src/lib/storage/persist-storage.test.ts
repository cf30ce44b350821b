import { beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { deniedStorage, memoryStorage } from '../../test-support/memory-storage.ts';
import { keptCopies } from './kept-copies.ts';
import { persistStorage } from './persist-storage.ts';
import { resetStorageHealth, storageHealth } from './storage-health.ts';
import { safeStorage, type StorageSource } from './web-storage.ts';

const KEY = 'fixpath:test';
const schema = z.object({ count: z.number() });
type Saved = z.infer<typeof schema>;
const envelope = (state: unknown, version = 2): string => JSON.stringify({ version, state });

function adapter(source: StorageSource, at = 1000) {
  return persistStorage<Saved>({
    key: KEY,
    version: 2,
    schema: () => Promise.resolve(schema),
    storage: safeStorage(source),
    now: () => at,
  });
}

beforeEach(resetStorageHealth);

describe('persist storage', () => {
  it('reads back what it saved', async () => {
    const raw = memoryStorage();
    const first = adapter(() => raw);
    await first.getItem(KEY);
    await first.setItem(KEY, { state: { count: 3 }, version: 2 });
    expect(await adapter(() => raw).getItem(KEY)).toEqual({ state: { count: 3 }, version: 2 });
    expect(storageHealth.getState()).toEqual({ unavailable: false, setAside: {} });
  });

  it('keeps junk found twice as two copies, each with its time, and says so', async () => {
    const raw = memoryStorage({ [KEY]: '{oops' });
    expect(await adapter(() => raw, 1000).getItem(KEY)).toBeNull();
    raw.setItem(KEY, envelope({ count: 'three' }));
    expect(await adapter(() => raw, 2000).getItem(KEY)).toBeNull();
    expect(
      keptCopies(
        safeStorage(() => raw),
        KEY,
      ),
    ).toEqual([
      { at: 1000, text: '{oops' },
      { at: 2000, text: envelope({ count: 'three' }) },
    ]);
    expect(raw.getItem(KEY)).toBeNull();
    expect(storageHealth.getState().setAside).toEqual({ [KEY]: 'unreadable' });
  });

  it('sets aside data from an older version as outdated, and a newer one as unreadable', async () => {
    const raw = memoryStorage({ [KEY]: envelope({ count: 1 }, 1) });
    expect(await adapter(() => raw).getItem(KEY)).toBeNull();
    expect(storageHealth.getState().setAside).toEqual({ [KEY]: 'outdated' });
    raw.setItem(KEY, envelope({ count: 1 }, 3));
    expect(await adapter(() => raw, 2000).getItem(KEY)).toBeNull();
    expect(storageHealth.getState().setAside).toEqual({ [KEY]: 'unreadable' });
    expect(
      keptCopies(
        safeStorage(() => raw),
        KEY,
      ),
    ).toHaveLength(2);
  });

  it('never throws when storage throws, and reports it unavailable', async () => {
    const storage = adapter(deniedStorage);
    expect(await storage.getItem(KEY)).toBeNull();
    await storage.setItem(KEY, { state: { count: 1 }, version: 2 });
    expect(storageHealth.getState()).toEqual({ unavailable: true, setAside: {} });
  });

  it('leaves bad data where it is, and writes nothing, when it cannot set it aside', async () => {
    const raw = memoryStorage({ [KEY]: 'junk' }, { setItem: true });
    const storage = adapter(() => raw);
    expect(await storage.getItem(KEY)).toBeNull();
    await storage.setItem(KEY, { state: { count: 1 }, version: 2 });
    await storage.removeItem(KEY);
    expect(raw.data).toEqual(new Map([[KEY, 'junk']]));
    expect(storageHealth.getState()).toEqual({ unavailable: true, setAside: {} });
  });

  it('writes nothing before it has read what was saved', async () => {
    const raw = memoryStorage({ [KEY]: envelope({ count: 7 }) });
    const storage = adapter(() => raw);
    await storage.setItem(KEY, { state: { count: 0 }, version: 2 });
    expect(raw.getItem(KEY)).toBe(envelope({ count: 7 }));
    expect(await storage.getItem(KEY)).toEqual({ state: { count: 7 }, version: 2 });
  });

  it('leaves saved data alone when its parser cannot be loaded', async () => {
    const raw = memoryStorage({ [KEY]: envelope({ count: 7 }) });
    const storage = persistStorage<Saved>({
      key: KEY,
      version: 2,
      schema: () => Promise.reject(new Error('offline')),
      storage: safeStorage(() => raw),
    });
    expect(await storage.getItem(KEY)).toBeNull();
    await storage.setItem(KEY, { state: { count: 0 }, version: 2 });
    expect(raw.getItem(KEY)).toBe(envelope({ count: 7 }));
  });
});
