import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Walk } from '../../engine/index.ts';
import { agentStorage, type StorageHealth } from './agent-storage.ts';
import { persistedCallSchema } from './call-record-schema.ts';
import { emptyRecord, recordReached, setNote, type CallRecord } from './call-record.ts';

/** Its own key and version: nothing else in Fixpath reads or writes it. */
export const CALL_STORAGE_KEY = 'fixpath:agent-call';
export const CALL_STORAGE_VERSION = 1;

export interface CallState {
  readonly record: CallRecord;
  readonly reach: (slug: string, walked: Walk) => void;
  readonly note: (key: string, text: string) => void;
  /** "New caller": forget this call (after the agent has confirmed). */
  readonly clear: () => void;
}

export interface CallStoreOptions {
  readonly storage?: () => Storage;
  readonly now?: () => number;
}

/** The call record store (persisted), and a small store saying how storage is behaving. */
export function createCallStore(options: CallStoreOptions = {}) {
  const now = options.now ?? Date.now;
  const useHealth = create<{ readonly health: StorageHealth }>(() => ({ health: { kind: 'ok' } }));
  const report = (health: StorageHealth): void => {
    const current = useHealth.getState().health;
    if (current.kind === 'set-aside' && health.kind === 'unavailable') return;
    if (current.kind !== health.kind) useHealth.setState({ health });
  };
  const useCall = create<CallState>()(
    persist(
      (set, get) => ({
        record: emptyRecord(),
        reach: (slug, walked) => {
          const record = get().record;
          const next = recordReached(record, slug, walked, now());
          if (next !== record) set({ record: next });
        },
        note: (key, text) => set({ record: setNote(get().record, key, text, now()) }),
        clear: () => set({ record: emptyRecord() }),
      }),
      {
        name: CALL_STORAGE_KEY,
        version: CALL_STORAGE_VERSION,
        storage: agentStorage<{ record: CallRecord }>({
          key: CALL_STORAGE_KEY,
          version: CALL_STORAGE_VERSION,
          schema: persistedCallSchema,
          storage: options.storage ?? (() => globalThis.localStorage),
          report,
          now,
        }),
        partialize: (state) => ({ record: state.record }),
      },
    ),
  );
  return { useCall, useHealth };
}

/** The app's one call record. */
export const callStore = createCallStore();
