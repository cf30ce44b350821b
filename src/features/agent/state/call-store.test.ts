import { describe, expect, it } from 'vitest';
import { walk, type Walk } from '../../engine/index.ts';
import { testTree } from '../../engine/test-tree.ts';
import { CALL_STORAGE_KEY, createCallStore } from './call-store.ts';

function walked(answers: number[]): Walk {
  const result = walk(testTree, { answers });
  if (!result.ok) throw new Error('bad walk');
  return result.value;
}

/** A Map-backed Storage, so each test has its own. */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    getItem: (key) => data.get(key) ?? null,
    key: (index) => [...data.keys()][index] ?? null,
    removeItem: (key) => void data.delete(key),
    setItem: (key, value) => void data.set(key, value),
  };
}

const now = () => 1_700_000_000_000;

describe('call store', () => {
  it('saves the record and reads it back after a refresh', () => {
    const storage = memoryStorage();
    const first = createCallStore({ storage: () => storage, now });
    first.useCall.getState().reach('test', walked([0]));
    first.useCall.getState().note('2:q2', 'Caller on Windows 11');
    const stored: unknown = JSON.parse(storage.getItem(CALL_STORAGE_KEY) ?? 'null');
    expect(stored).toMatchObject({ version: 1, state: { record: { slug: 'test' } } });

    const second = createCallStore({ storage: () => storage, now });
    expect(second.useCall.getState().record.notes).toEqual({ '2:q2': 'Caller on Windows 11' });
    expect(second.useHealth.getState().health).toEqual({ kind: 'ok' });
  });

  it.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ version: 1, state: { record: { notes: 3 } } })],
    ['another version', JSON.stringify({ version: 99, state: { record: {} } })],
  ])('sets aside a record that is %s, and says so', (_, raw) => {
    const storage = memoryStorage({ [CALL_STORAGE_KEY]: raw });
    const { useCall, useHealth } = createCallStore({ storage: () => storage, now });
    const aside = `${CALL_STORAGE_KEY}:set-aside:${now()}`;
    expect(useHealth.getState().health).toEqual({ kind: 'set-aside', key: aside });
    expect(storage.getItem(aside)).toBe(raw);
    expect(useCall.getState().record.startedAt).toBeNull();
  });

  it('keeps working in memory when storage throws, and says so', () => {
    const broken = () => {
      throw new Error('SecurityError');
    };
    const { useCall, useHealth } = createCallStore({ storage: broken, now });
    useCall.getState().note('1:q1', 'still here');
    expect(useCall.getState().record.notes).toEqual({ '1:q1': 'still here' });
    expect(useHealth.getState().health).toEqual({ kind: 'unavailable' });
  });

  it('keeps working when storage is full', () => {
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const { useCall, useHealth } = createCallStore({ storage: () => storage, now });
    useCall.getState().note('1:q1', 'kept in memory');
    expect(useCall.getState().record.notes['1:q1']).toBe('kept in memory');
    expect(useHealth.getState().health.kind).toBe('unavailable');
  });

  it('clears the call for a new caller', () => {
    const storage = memoryStorage();
    const { useCall } = createCallStore({ storage: () => storage, now });
    useCall.getState().reach('test', walked([]));
    useCall.getState().clear();
    expect(useCall.getState().record).toMatchObject({ startedAt: null, slug: null, notes: {} });
    expect(storage.getItem(CALL_STORAGE_KEY)).toContain('"startedAt":null');
  });
});
