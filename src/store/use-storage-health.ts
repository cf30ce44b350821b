import { useStore } from 'zustand';
import { storageHealth, type StorageHealth } from '../lib/storage/storage-health.ts';

/** The one storage-health report (every store's), for a screen. */
export const useStorageHealth = <T>(selector: (state: StorageHealth) => T): T =>
  useStore(storageHealth, selector);
