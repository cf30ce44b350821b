import { useStore } from 'zustand';
import { callStore, type CallState } from './call-store.ts';

/** The call store for a screen. */
export const useCall = <T>(selector: (state: CallState) => T): T => useStore(callStore, selector);
