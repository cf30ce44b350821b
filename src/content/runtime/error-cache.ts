/**
 * Each error's content is its own lazily loaded chunk. This cache loads it once, lets React
 * read it synchronously once loaded, and can be primed with everything for prerendering.
 */
import type { ErrorEntry } from '../types.ts';

export type Loader = () => Promise<{ default: ErrorEntry }>;

export type EntryState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entry: ErrorEntry }
  | { readonly status: 'missing' }
  | { readonly status: 'failed' };

const LOADING: EntryState = { status: 'loading' };
const MISSING: EntryState = { status: 'missing' };
const FAILED: EntryState = { status: 'failed' };

export function createErrorCache(loaders: Readonly<Record<string, Loader>>) {
  const states = new Map<string, EntryState>();
  const pending = new Map<string, Promise<EntryState>>();
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  const has = (slug: string): boolean => Object.hasOwn(loaders, slug);

  const load = (slug: string): Promise<EntryState> => {
    const known = states.get(slug);
    if (known && known.status !== 'failed') return Promise.resolve(known);
    const inFlight = pending.get(slug);
    if (inFlight) return inFlight;
    const loader = has(slug) ? loaders[slug] : undefined;
    if (!loader) {
      states.set(slug, MISSING);
      return Promise.resolve(MISSING);
    }
    const promise = loader().then(
      (module): EntryState => ({ status: 'ready', entry: module.default }),
      (): EntryState => FAILED,
    );
    const settled = promise.then((state) => {
      states.set(slug, state);
      pending.delete(slug);
      notify();
      return state;
    });
    pending.set(slug, settled);
    return settled;
  };

  return {
    /** The state now, without starting a load. */
    peek: (slug: string): EntryState => states.get(slug) ?? (has(slug) ? LOADING : MISSING),
    load,
    /** Fills the cache synchronously (prerendering and tests). */
    prime: (entries: readonly ErrorEntry[]): void => {
      for (const entry of entries) states.set(entry.slug, { status: 'ready', entry });
      notify();
    },
    subscribe: (listener: () => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    slugs: (): string[] => Object.keys(loaders),
  };
}

export type ErrorCache = ReturnType<typeof createErrorCache>;
