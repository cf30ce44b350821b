import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { persistStorage } from '../lib/storage/persist-storage.ts';
import { keepThroughHydration } from './keep-through-hydration.ts';

interface Persisted {
  /** Ticked fix steps, keyed by `checkKey` (slug, tree fingerprint, node, step). */
  readonly ticked: Readonly<Record<string, boolean>>;
}

export interface ChecksState extends Persisted {
  tick: (key: string, on: boolean) => void;
}

export const CHECKS_KEY = 'fixpath:checks';

/**
 * Ticked steps of fix checklists, kept in this browser. A vanilla store: the checklist page's
 * ticks island uses it without React; screens use `useChecks`.
 */
export const checksStore = createStore<ChecksState>()(
  persist(
    (set, get, api) => ({
      ticked: {},
      tick: (key, on) =>
        keepThroughHydration(api, () => {
          const { [key]: _old, ...rest } = get().ticked;
          set({ ticked: on ? { ...rest, [key]: true } : rest });
        }),
    }),
    {
      name: CHECKS_KEY,
      version: 1,
      storage: persistStorage<Persisted>({
        key: CHECKS_KEY,
        version: 1,
        schema: () => import('./schemas.ts').then((m) => m.checksSchema),
      }),
      partialize: (state): Persisted => ({ ticked: state.ticked }),
    },
  ),
);
