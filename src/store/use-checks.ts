import { useStore } from 'zustand';
import { checksStore, type ChecksState } from './checks-store.ts';

/** The checks store for a screen. */
export const useChecks = <T>(selector: (state: ChecksState) => T): T =>
  useStore(checksStore, selector);
