import type { PersistStorage, StorageValue } from 'zustand/middleware';
import * as z from 'zod/mini';

/** How the browser's storage is treating the call record; the agent is told when not `ok`. */
export type StorageHealth =
  | { readonly kind: 'ok' }
  /** localStorage threw (switched off, private mode, full): the record lives in memory only. */
  | { readonly kind: 'unavailable' }
  /** What was stored could not be read; it was kept under `key` and a fresh record started. */
  | { readonly kind: 'set-aside'; readonly key: string };

export interface AgentStorageOptions<T> {
  readonly key: string;
  readonly version: number;
  readonly schema: z.ZodMiniType<T>;
  /** Where to read and write; may throw, like localStorage in a locked-down browser. */
  readonly storage: () => Storage;
  readonly report: (health: StorageHealth) => void;
  readonly now: () => number;
}

const envelope = z.object({ version: z.number(), state: z.unknown() });

/**
 * A zustand persist storage that parses on load with zod/mini and never throws. A record it
 * cannot use (bad JSON, wrong shape, another version) is set aside under
 * `<key>:set-aside:<time>`, never silently dropped.
 */
export function agentStorage<T>(options: AgentStorageOptions<T>): PersistStorage<T> {
  const attempt = <R>(action: (storage: Storage) => R, fallback: R): R => {
    try {
      return action(options.storage());
    } catch {
      options.report({ kind: 'unavailable' });
      return fallback;
    }
  };
  // When a bad record cannot be set aside, leave it where it is: work in memory only.
  let frozen = false;
  const setAside = (raw: string): null => {
    const key = `${options.key}:set-aside:${options.now()}`;
    const kept = attempt((storage) => (storage.setItem(key, raw), true), false);
    if (kept) options.report({ kind: 'set-aside', key });
    else frozen = true;
    return null;
  };
  return {
    getItem: (name): StorageValue<T> | null => {
      const raw = attempt((storage) => storage.getItem(name), null);
      if (raw === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return setAside(raw);
      }
      const outer = envelope.safeParse(json);
      if (!outer.success || outer.data.version !== options.version) return setAside(raw);
      const parsed = options.schema.safeParse(outer.data.state);
      return parsed.success ? { state: parsed.data, version: options.version } : setAside(raw);
    },
    setItem: (name, value) => {
      if (!frozen) attempt((storage) => storage.setItem(name, JSON.stringify(value)), undefined);
    },
    removeItem: (name) => {
      if (!frozen) attempt((storage) => storage.removeItem(name), undefined);
    },
  };
}
