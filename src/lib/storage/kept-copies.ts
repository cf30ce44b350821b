/**
 * Saved data that could not be used is kept, never dropped: each copy under its own key,
 * `<key>:set-aside:<time>`, so a later failure never overwrites an earlier copy. Only the newest
 * `KEEP_LIMIT` copies of a store are kept; the oldest goes when one more arrives.
 */
import type { SafeStorage } from './web-storage.ts';

export const KEEP_LIMIT = 5;

export interface KeptCopy {
  /** When it was set aside (ms since 1970). */
  readonly at: number;
  /** Exactly what was saved. */
  readonly text: string;
}

const prefixOf = (key: string): string => `${key}:set-aside:`;

/** The kept copies of one store, oldest first. */
export function keptCopies(storage: SafeStorage, key: string): KeptCopy[] {
  const prefix = prefixOf(key);
  return storage
    .keys()
    .flatMap((name) => {
      const at = name.startsWith(prefix) ? Number(name.slice(prefix.length)) : NaN;
      const text = Number.isSafeInteger(at) ? storage.read(name) : null;
      return text === null ? [] : [{ at, text }];
    })
    .sort((a, b) => a.at - b.at);
}

/**
 * Keeps `text` as set aside at `at`, then drops the oldest copies beyond the limit. False when
 * the browser would not store it (the caller must then leave the original where it is).
 */
export function keepCopy(storage: SafeStorage, key: string, text: string, at: number): boolean {
  const prefix = prefixOf(key);
  let time = Math.max(0, Math.floor(at));
  // Two failures in the same millisecond: the later one moves on, the earlier stays.
  while (storage.read(`${prefix}${time}`) !== null) time += 1;
  if (!storage.write(`${prefix}${time}`, text)) return false;
  const copies = keptCopies(storage, key);
  for (const old of copies.slice(0, Math.max(0, copies.length - KEEP_LIMIT))) {
    storage.remove(`${prefix}${old.at}`);
  }
  return true;
}

/**
 * Moves copies set aside by older versions of Fixpath into the history: `<key>:set-aside` (one
 * copy, overwritten by each failure) and `<key>:<slug>:set-aside` (a saved walk per error). Their
 * time was not recorded, so they count as set aside `at` (now).
 */
export function adoptLegacyCopies(storage: SafeStorage, key: string, at: number): void {
  const legacy = storage
    .keys()
    .filter(
      (name) =>
        name === `${key}:set-aside` ||
        (name.startsWith(`${key}:`) &&
          name.endsWith(':set-aside') &&
          !name.startsWith(prefixOf(key))),
    )
    .sort();
  for (const name of legacy) {
    const text = storage.read(name);
    if (text !== null && keepCopy(storage, key, text, at)) storage.remove(name);
  }
}
