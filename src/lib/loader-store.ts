/**
 * One way to load: a keyed store of lazily loaded values (an error's content chunk, the search
 * index) on zustand's vanilla store. Each key loads once; a failed load can be tried again; the
 * store can be primed synchronously (prerendering, tests). No React here: see `use-loaded.ts`.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export type LoadState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly value: T }
  /** No such key: nothing to load (an unknown error code). */
  | { readonly status: 'missing' }
  /** The load failed (offline, or a deploy replaced the file): `load` tries again. */
  | { readonly status: 'failed' };

/** How to load the value for a key, or undefined when the key is unknown. */
export type Find<T> = (key: string) => (() => Promise<T>) | undefined;

export interface LoaderStore<T> {
  /** The zustand store of every key's state (subscribe to it, or read it with `useLoaded`). */
  readonly store: StoreApi<Readonly<Record<string, LoadState<T>>>>;
  /** The state of `key` now, without starting a load. */
  peek(key: string): LoadState<T>;
  /** Loads `key` once (again after a failure). Never rejects. */
  load(key: string): Promise<LoadState<T>>;
  /** Sets values synchronously. */
  prime(values: Readonly<Record<string, T>>): void;
}

const LOADING = { status: 'loading' } as const;
const MISSING = { status: 'missing' } as const;
const FAILED = { status: 'failed' } as const;

export function createLoaderStore<T>(find: Find<T>): LoaderStore<T> {
  const store = createStore<Readonly<Record<string, LoadState<T>>>>(() => ({}));
  const pending = new Map<string, Promise<LoadState<T>>>();
  const set = (key: string, state: LoadState<T>): LoadState<T> => {
    store.setState({ [key]: state });
    return state;
  };
  const own = (key: string): LoadState<T> | undefined => {
    const all = store.getState();
    return Object.hasOwn(all, key) ? all[key] : undefined;
  };
  const peek = (key: string): LoadState<T> => own(key) ?? (find(key) ? LOADING : MISSING);

  const load = (key: string): Promise<LoadState<T>> => {
    const known = own(key);
    if (known && known.status !== 'failed' && known.status !== 'loading') {
      return Promise.resolve(known);
    }
    const inFlight = pending.get(key);
    if (inFlight) return inFlight;
    const loader = find(key);
    if (!loader) return Promise.resolve(set(key, MISSING));
    set(key, LOADING);
    const settled = loader()
      .then(
        (value): LoadState<T> => ({ status: 'ready', value }),
        (): LoadState<T> => FAILED,
      )
      .then((state) => {
        pending.delete(key);
        return set(key, state);
      });
    pending.set(key, settled);
    return settled;
  };

  const prime = (values: Readonly<Record<string, T>>): void => {
    const next: Record<string, LoadState<T>> = {};
    for (const [key, value] of Object.entries(values)) next[key] = { status: 'ready', value };
    store.setState(next);
  };

  return { store, peek, load, prime };
}
