import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { parsedStorage } from './safe-storage.ts';

export type Helpful = 'yes' | 'no';

interface Persisted {
  /** "Was this helpful?" answers, keyed `<slug>:<resolved node id>`. Kept in this browser. */
  readonly helpful: Readonly<Record<string, Helpful>>;
}

interface FeedbackState extends Persisted {
  rate: (key: string, answer: Helpful) => void;
}

const KEY = 'fixpath:feedback';

export const useFeedbackStore = create<FeedbackState>()(
  persist(
    (set, get) => ({
      helpful: {},
      rate: (key, answer) => set({ helpful: { ...get().helpful, [key]: answer } }),
    }),
    {
      name: KEY,
      version: 1,
      storage: parsedStorage<Persisted>({
        key: KEY,
        version: 1,
        schema: () => import('./schemas.ts').then((m) => m.feedbackSchema),
      }),
      partialize: (state): Persisted => ({ helpful: state.helpful }),
    },
  ),
);
