import { beforeEach, describe, expect, it } from 'vitest';
import { stepModelOf, type StepModel } from '../../../engine/index.ts';
import { testTree } from '../../../engine/test-tree.ts';
import { keptCopies } from '../../../lib/storage/kept-copies.ts';
import { resetStorageHealth, storageHealth } from '../../../lib/storage/storage-health.ts';
import { safeStorage, type StorageSource } from '../../../lib/storage/web-storage.ts';
import { hydrated } from '../../../test-support/hydrated.ts';
import { deniedStorage, memoryStorage } from '../../../test-support/memory-storage.ts';
import { CALL_STORAGE_KEY, createCallStore } from './call-store.ts';

function stepAt(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error('bad test session');
  return result.value;
}

const now = () => 1_700_000_000_000;

/** A call store on `source`, once it has read what was saved. */
async function storeOn(source: StorageSource) {
  const store = createCallStore({ storage: safeStorage(source), now });
  await hydrated(store);
  return store;
}

beforeEach(resetStorageHealth);

describe('call store', () => {
  it('saves the record and reads it back after a refresh', async () => {
    const storage = memoryStorage();
    const first = await storeOn(() => storage);
    first.getState().reach('test', stepAt([0]));
    first.getState().note('2:q2', 'Caller on Windows 11');
    const stored: unknown = JSON.parse(storage.getItem(CALL_STORAGE_KEY) ?? 'null');
    expect(stored).toMatchObject({ version: 1, state: { record: { slug: 'test' } } });

    const second = await storeOn(() => storage);
    expect(second.getState().record.notes).toEqual({ '2:q2': 'Caller on Windows 11' });
    expect(storageHealth.getState()).toEqual({ unavailable: false, setAside: {} });
  });

  it.each([
    ['not JSON', '{oops', 'unreadable'],
    [
      'the wrong shape',
      JSON.stringify({ version: 1, state: { record: { notes: 3 } } }),
      'unreadable',
    ],
    ['another version', JSON.stringify({ version: 99, state: { record: {} } }), 'unreadable'],
    ['an older version', JSON.stringify({ version: 0, state: { record: {} } }), 'outdated'],
  ])('sets aside a record that is %s, keeps it, and says so', async (_, raw, reason) => {
    const storage = memoryStorage({ [CALL_STORAGE_KEY]: raw });
    const store = await storeOn(() => storage);
    expect(storageHealth.getState().setAside).toEqual({ [CALL_STORAGE_KEY]: reason });
    expect(
      keptCopies(
        safeStorage(() => storage),
        CALL_STORAGE_KEY,
      ),
    ).toEqual([{ at: now(), text: raw }]);
    expect(store.getState().record.startedAt).toBeNull();
  });

  it('keeps working in memory when storage throws, and says so', async () => {
    const store = await storeOn(deniedStorage);
    store.getState().note('1:q1', 'still here');
    expect(store.getState().record.notes).toEqual({ '1:q1': 'still here' });
    expect(storageHealth.getState().unavailable).toBe(true);
  });

  it('keeps working when storage is full', async () => {
    const store = await storeOn(() => memoryStorage({}, { setItem: true }));
    store.getState().note('1:q1', 'kept in memory');
    expect(store.getState().record.notes['1:q1']).toBe('kept in memory');
    expect(storageHealth.getState().unavailable).toBe(true);
  });

  it('times only the answers taken on this page, not those in the link it opened with', async () => {
    const store = await storeOn(() => memoryStorage());
    store.getState().reach('test', stepAt([0]));
    expect(store.getState().record.answers).toEqual({});
    store.getState().reach('test', stepAt([0, 1]));
    expect(Object.keys(store.getState().record.answers)).toEqual(['2:q2']);
  });

  it('clears the call for a new caller', async () => {
    const storage = memoryStorage();
    const store = await storeOn(() => storage);
    store.getState().reach('test', stepAt([]));
    store.getState().clear();
    expect(store.getState().record).toMatchObject({ startedAt: null, slug: null, notes: {} });
    expect(storage.getItem(CALL_STORAGE_KEY)).toContain('"startedAt":null');
  });
});
