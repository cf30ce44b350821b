import { persist } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { keepCopy } from '../lib/storage/kept-copies.ts';
import { persistStorage } from '../lib/storage/persist-storage.ts';
import { localStore } from '../lib/storage/web-storage.ts';

/** Where one guided walk was left: enough to offer "Continue where you left off". */
export interface SavedWalk {
  /** The engine's encoded session, as in the step URL. */
  readonly session: string;
  readonly nodeId: string;
  /** The tree's fingerprint when it was saved: a different one means the guide changed. */
  readonly fingerprint: string;
  readonly updatedAt: number;
  /** The step number and title shown there, for "Continue where you left off". */
  readonly step?: number;
  readonly title?: string;
}

interface Persisted {
  readonly bySlug: Readonly<Record<string, SavedWalk>>;
}

export interface ProgressState extends Persisted {
  /** Slugs whose saved walk was set aside this visit because the guide changed. */
  readonly changed: Readonly<Record<string, true>>;
  save: (slug: string, walk: SavedWalk) => void;
  /** Keeps a saved walk that no longer fits the guide with the set-aside copies, and says why. */
  setAsideStale: (slug: string) => void;
}

export const PROGRESS_KEY = 'fixpath:progress';
export const PROGRESS_VERSION = 1;

/**
 * Where each guided walk was left, kept in this browser. A vanilla store: the error page's
 * resume island and the wizard's screens (through `useProgress`) share it.
 */
export const progressStore = createStore<ProgressState>()(
  persist(
    (set, get) => ({
      bySlug: {},
      changed: {},
      save: (slug, walk) => {
        const saved = get().bySlug[slug];
        if (saved?.session === walk.session && saved.nodeId === walk.nodeId) return;
        set({ bySlug: { ...get().bySlug, [slug]: walk } });
      },
      setAsideStale: (slug) => {
        const { [slug]: stale, ...rest } = get().bySlug;
        if (!stale) return;
        keepCopy(localStore, PROGRESS_KEY, JSON.stringify({ [slug]: stale }), Date.now());
        set({ bySlug: rest, changed: { ...get().changed, [slug]: true } });
      },
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: persistStorage<Persisted>({
        key: PROGRESS_KEY,
        version: PROGRESS_VERSION,
        schema: () => import('./schemas.ts').then((m) => m.progressSchema),
      }),
      partialize: (state): Persisted => ({ bySlug: state.bySlug }),
    },
  ),
);
