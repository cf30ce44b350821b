import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { ZodMiniType } from 'zod/mini';
import { markOutdated, markSetAside, markUnavailable } from './storage-health.ts';

/** localStorage, or undefined where there is none (prerendering) or it is switched off. */
function local(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    markUnavailable();
    return undefined;
  }
}

export function readRaw(key: string): string | null {
  try {
    return local()?.getItem(key) ?? null;
  } catch {
    markUnavailable();
    return null;
  }
}

export function writeRaw(key: string, value: string): void {
  try {
    local()?.setItem(key, value);
  } catch {
    markUnavailable();
  }
}

export function removeRaw(key: string): void {
  try {
    local()?.removeItem(key);
  } catch {
    markUnavailable();
  }
}

export const setAsideKey = (key: string): string => `${key}:set-aside`;

/** Keeps a value we will not use under a separate key: never applied, never silently lost. */
export function setAside(key: string, raw: string): void {
  writeRaw(setAsideKey(key), raw);
}

export interface ParsedStorageOptions<P> {
  /** The key in localStorage, e.g. `fixpath:progress`. */
  readonly key: string;
  readonly version: number;
  /**
   * The schema of the saved state, loaded only when something is saved: zod/mini stays out of
   * a first visit's download.
   */
  readonly schema: () => Promise<ZodMiniType<P>>;
  /** Turns state saved by an older version into this one; undefined if it cannot. */
  readonly migrate?: (state: unknown, version: number) => P | undefined;
}

/**
 * A zustand persist storage that parses what it reads with zod/mini (the storage edge) and
 * never throws on bad data. Unreadable, unknown-version or invalid data is set aside with a
 * flag for the screens, and the store starts empty.
 */
export function parsedStorage<P>(options: ParsedStorageOptions<P>): PersistStorage<P> {
  const reject = (raw: string, outdated = false): null => {
    setAside(options.key, raw);
    removeRaw(options.key);
    if (outdated) markOutdated(options.key);
    else markSetAside(options.key);
    return null;
  };
  const parse = async (raw: string): Promise<StorageValue<P> | null> => {
    const [{ parseEnvelope }, schema] = await Promise.all([
      import('./schemas.ts'),
      options.schema(),
    ]);
    const outer = parseEnvelope(raw);
    if (!outer) return reject(raw);
    const { version, state } = outer;
    const current = version === options.version ? state : options.migrate?.(state, version);
    const parsed = schema.safeParse(current);
    if (parsed.success) return { state: parsed.data, version: options.version };
    return reject(raw, version < options.version);
  };
  return {
    getItem: (key) => {
      const raw = readRaw(key);
      return raw === null ? null : parse(raw);
    },
    setItem: (key, value) => writeRaw(key, JSON.stringify(value)),
    removeItem: (key) => removeRaw(key),
  };
}
