import { useEffect } from 'react';
import { useStore } from 'zustand';
import { nowStore, watchNow } from './now-store.ts';

/** The current time for display, refreshed every 15 seconds while a screen shows it. */
export function useNow(): number {
  useEffect(() => watchNow(), []);
  return useStore(nowStore, (state) => state.now);
}
