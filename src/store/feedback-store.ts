import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { persistStorage } from '../lib/storage/persist-storage.ts';
import { keepThroughHydration } from './keep-through-hydration.ts';

export type Helpful = 'yes' | 'no';

interface Persisted {
  /** "Was this helpful?" answers, keyed `<slug>:<resolved node id>`. Kept in this browser. */
  readonly helpful: Readonly<Record<string, Helpful>>;
}

export interface FeedbackState extends Persisted {
  rate: (key: string, answer: Helpful) => void;
}

export const FEEDBACK_KEY = 'fixpath:feedback';

/** "Was this helpful?" answers, kept in this browser. A vanilla store; screens use `useFeedback`. */
export const feedbackStore = createStore<FeedbackState>()(
  persist(
    (set, get, api) => ({
      helpful: {},
      rate: (key, answer) =>
        keepThroughHydration(api, () => set({ helpful: { ...get().helpful, [key]: answer } })),
    }),
    {
      name: FEEDBACK_KEY,
      version: 1,
      storage: persistStorage<Persisted>({
        key: FEEDBACK_KEY,
        version: 1,
        schema: () => import('./schemas.ts').then((m) => m.feedbackSchema),
      }),
      partialize: (state): Persisted => ({ helpful: state.helpful }),
    },
  ),
);
