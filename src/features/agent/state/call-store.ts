import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { persistStorage } from '../../../lib/storage/persist-storage.ts';
import type { SafeStorage } from '../../../lib/storage/web-storage.ts';
import {
  emptyRecord,
  recordReached,
  setNote,
  shownKey,
  type CallRecord,
  type ReachedModel,
} from '../model/call-record.ts';

/** Its own key and version: nothing else in Fixpath reads or writes it. */
export const CALL_STORAGE_KEY = 'fixpath:agent-call';
export const CALL_STORAGE_VERSION = 1;

export interface CallState {
  readonly record: CallRecord;
  /**
   * A step was reached (the engine's model of it): time it, and record the answer that led to it
   * if it was taken on the step shown just before on this page.
   */
  readonly reach: (slug: string, step: ReachedModel) => void;
  readonly note: (key: string, text: string) => void;
  /** "New caller": forget this call (after the agent has confirmed). */
  readonly clear: () => void;
}

export interface CallStoreOptions {
  /** Where to keep the record (tests pass their own). */
  readonly storage?: SafeStorage;
  readonly now?: () => number;
}

/**
 * The call record, persisted through the one storage mechanism (src/lib/storage): a record it
 * cannot read is set aside and kept, and the storage-health report says so. A vanilla store;
 * screens use `useCall`.
 */
export function createCallStore(options: CallStoreOptions = {}) {
  const now = options.now ?? Date.now;
  // The step shown last on this page (kept in memory, never saved): an answer is timed only when
  // it was taken on it, not when it came in the link the page was opened with.
  let shown: { readonly slug: string; readonly key: string } | null = null;
  return createStore<CallState>()(
    persist(
      (set, get) => ({
        record: emptyRecord(),
        reach: (slug, step) => {
          const record = get().record;
          const cameFrom = shown?.slug === slug ? shown.key : null;
          shown = { slug, key: shownKey(step) };
          const next = recordReached(record, slug, step, now(), cameFrom);
          if (next !== record) set({ record: next });
        },
        note: (key, text) => set({ record: setNote(get().record, key, text, now()) }),
        clear: () => set({ record: emptyRecord() }),
      }),
      {
        name: CALL_STORAGE_KEY,
        version: CALL_STORAGE_VERSION,
        storage: persistStorage<{ record: CallRecord }>({
          key: CALL_STORAGE_KEY,
          version: CALL_STORAGE_VERSION,
          schema: () => import('../model/call-record-schema.ts').then((m) => m.persistedCallSchema),
          ...(options.storage ? { storage: options.storage } : {}),
          now,
        }),
        partialize: (state) => ({ record: state.record }),
      },
    ),
  );
}

/** The app's one call record. */
export const callStore = createCallStore();
