import { create } from 'zustand';

interface StorageHealth {
  /** localStorage threw (disabled, private mode, full): progress cannot be kept. */
  readonly unavailable: boolean;
  /** Stores whose saved data could not be read and was set aside on load. */
  readonly setAside: readonly string[];
  /** Stores whose saved data was written by an older Fixpath and could not be carried over. */
  readonly outdated: readonly string[];
}

/** How this browser's storage is behaving, so screens can say so quietly. Not persisted. */
export const useStorageHealth = create<StorageHealth>(() => ({
  unavailable: false,
  setAside: [],
  outdated: [],
}));

export function markUnavailable(): void {
  if (!useStorageHealth.getState().unavailable) useStorageHealth.setState({ unavailable: true });
}

export function markSetAside(name: string): void {
  const { setAside } = useStorageHealth.getState();
  if (!setAside.includes(name)) useStorageHealth.setState({ setAside: [...setAside, name] });
}

export function markOutdated(name: string): void {
  const { outdated } = useStorageHealth.getState();
  if (!outdated.includes(name)) useStorageHealth.setState({ outdated: [...outdated, name] });
}
