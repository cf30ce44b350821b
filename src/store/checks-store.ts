import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { parsedStorage } from './safe-storage.ts';

interface Persisted {
  /** Ticked fix steps, keyed by `checkKey` (slug, tree fingerprint, node, step). */
  readonly ticked: Readonly<Record<string, boolean>>;
}

interface ChecksState extends Persisted {
  tick: (key: string, on: boolean) => void;
}

const KEY = 'fixpath:checks';

export const useChecksStore = create<ChecksState>()(
  persist(
    (set, get) => ({
      ticked: {},
      tick: (key, on) => {
        const { [key]: _old, ...rest } = get().ticked;
        set({ ticked: on ? { ...rest, [key]: true } : rest });
      },
    }),
    {
      name: KEY,
      version: 1,
      storage: parsedStorage<Persisted>({
        key: KEY,
        version: 1,
        schema: () => import('./schemas.ts').then((m) => m.checksSchema),
      }),
      partialize: (state): Persisted => ({ ticked: state.ticked }),
    },
  ),
);
