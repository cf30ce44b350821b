/**
 * One way to persist: a zustand persist storage for every store. It never throws; it parses what
 * it reads with zod/mini at the edge (loaded only when something is saved, so a first visit
 * downloads no zod); and it keeps what it cannot use. Unreadable, unknown-version or invalid
 * data is set aside in the store's history of kept copies (see kept-copies.ts) and reported in
 * the storage-health report, and the store starts empty.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ZodMiniType } from 'zod/mini';
import { adoptLegacyCopies, keepCopy } from './kept-copies.ts';
import { markSetAside, type SetAsideReason } from './storage-health.ts';
import { localStore, type SafeStorage } from './web-storage.ts';

export interface PersistOptions<P> {
  /** The key in storage, e.g. `fixpath:progress` (also the zustand persist `name`). */
  readonly key: string;
  readonly version: number;
  /** The schema of the saved state, loaded only when there is something to read. */
  readonly schema: () => Promise<ZodMiniType<P>>;
  /** Where to read and write (tests pass their own). */
  readonly storage?: SafeStorage;
  readonly now?: () => number;
}

export function persistStorage<P>(options: PersistOptions<P>): PersistStorage<P> {
  const { key, version } = options;
  const storage = options.storage ?? localStore;
  const now = options.now ?? Date.now;
  // zustand writes on every change, even before it has read what was saved: nothing is written
  // until the read is done, and nothing ever again if a bad copy could not be set aside.
  let read = false;
  let frozen = false;
  const writable = (): boolean => read && !frozen;

  const setAside = (raw: string, reason: SetAsideReason): null => {
    if (!keepCopy(storage, key, raw, now())) {
      frozen = true;
      return null;
    }
    storage.remove(key);
    markSetAside(key, reason);
    return null;
  };

  const parse = async (raw: string): Promise<StorageValue<P> | null> => {
    const [{ parseEnvelope }, schema] = await Promise.all([
      import('./envelope.ts'),
      options.schema(),
    ]);
    const outer = parseEnvelope(raw);
    if (!outer) return setAside(raw, 'unreadable');
    if (outer.version !== version) {
      return setAside(raw, outer.version < version ? 'outdated' : 'unreadable');
    }
    const parsed = schema.safeParse(outer.state);
    return parsed.success ? { state: parsed.data, version } : setAside(raw, 'unreadable');
  };

  const finish = <T>(value: T): T => {
    read = true;
    return value;
  };

  return {
    getItem: () => {
      adoptLegacyCopies(storage, key, now());
      const raw = storage.read(key);
      if (raw === null) return finish(null);
      // The parser could not be loaded (offline after a deploy): start empty, leave the saved
      // data untouched.
      return parse(raw).then(finish, () => {
        frozen = true;
        return finish(null);
      });
    },
    setItem: (_name, value) => {
      if (writable()) storage.write(key, JSON.stringify(value));
    },
    removeItem: () => {
      if (writable()) storage.remove(key);
    },
  };
}
