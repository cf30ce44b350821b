/**
 * One storage-health report for every store: whether this browser lets Fixpath save at all, and
 * which stores' saved data was set aside on this visit, and why. A zustand vanilla store, so
 * islands read it without React; screens use `useStorageHealth` (src/store/). Not persisted.
 */
import { createStore } from 'zustand/vanilla';

/** Why saved data was set aside: it could not be read, or an older Fixpath wrote it. */
export type SetAsideReason = 'unreadable' | 'outdated';

export interface StorageHealth {
  /** localStorage threw (switched off, private mode, full): nothing new is kept. */
  readonly unavailable: boolean;
  /** Store keys whose saved data was set aside on this visit, with the reason. */
  readonly setAside: Readonly<Record<string, SetAsideReason>>;
}

const healthy: StorageHealth = { unavailable: false, setAside: {} };

export const storageHealth = createStore<StorageHealth>(() => healthy);

export function markUnavailable(): void {
  if (!storageHealth.getState().unavailable) storageHealth.setState({ unavailable: true });
}

export function markSetAside(key: string, reason: SetAsideReason): void {
  const { setAside } = storageHealth.getState();
  if (setAside[key] !== reason)
    storageHealth.setState({ setAside: { ...setAside, [key]: reason } });
}

/** Back to a healthy report (tests; a fresh page load does this by itself). */
export const resetStorageHealth = (): void => storageHealth.setState(healthy, true);
