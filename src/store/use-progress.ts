import { useStore } from 'zustand';
import { progressStore, type ProgressState } from './progress-store.ts';

/** The progress store for a screen. */
export const useProgress = <T>(selector: (state: ProgressState) => T): T =>
  useStore(progressStore, selector);
