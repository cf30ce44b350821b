import { useStore } from 'zustand';
import { checksStore } from './checks-store.ts';

type ChecksState = ReturnType<typeof checksStore.getState>;

/** The checks store for a screen. */
export const useChecks = <T>(selector: (state: ChecksState) => T): T =>
  useStore(checksStore, selector);
