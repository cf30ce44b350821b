/**
 * The browser's storage, made safe: every read, write and removal catches what a locked-down or
 * full browser throws, says so in the storage-health report, and carries on.
 */
import { markUnavailable } from './storage-health.ts';

/** Where to read and write: localStorage by default; a Map-backed Storage in tests. */
export type StorageSource = () => Storage | null | undefined;

export interface SafeStorage {
  read(key: string): string | null;
  /** False when the browser refused (switched off, full) or there is no storage. */
  write(key: string, value: string): boolean;
  remove(key: string): boolean;
  /** Every key held; none when storage cannot be read. */
  keys(): string[];
}

/** localStorage, or undefined where there is none (prerendering). */
const browserStorage: StorageSource = () => globalThis.localStorage;

export function safeStorage(source: StorageSource = browserStorage): SafeStorage {
  const attempt = <R>(action: (storage: Storage) => R, fallback: R): R => {
    try {
      const storage = source();
      return storage ? action(storage) : fallback;
    } catch {
      markUnavailable();
      return fallback;
    }
  };
  return {
    read: (key) => attempt((storage) => storage.getItem(key), null),
    write: (key, value) => attempt((storage) => (storage.setItem(key, value), true), false),
    remove: (key) => attempt((storage) => (storage.removeItem(key), true), false),
    keys: () =>
      attempt(
        (storage) =>
          Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
            (key): key is string => key !== null,
          ),
        [],
      ),
  };
}

/** This browser's localStorage, made safe. */
export const localStore: SafeStorage = safeStorage();
