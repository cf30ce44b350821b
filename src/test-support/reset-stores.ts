import { checksStore } from '../store/checks-store.ts';
import { useFeedbackStore } from '../store/feedback-store.ts';
import { useProgressStore } from '../store/progress-store.ts';
import { useStorageHealth } from '../store/storage-health.ts';

/** Empties every store and localStorage (run before each test). */
export function resetStores(): void {
  useStorageHealth.setState({ unavailable: false, setAside: [], outdated: [] });
  useProgressStore.setState({ bySlug: {}, changed: {} });
  checksStore.setState({ ticked: {} });
  useFeedbackStore.setState({ helpful: {} });
  localStorage.clear();
}

/** Reads localStorage again, as a fresh page load would. */
export async function rehydrateStores(): Promise<void> {
  await Promise.all([
    useProgressStore.persist.rehydrate(),
    checksStore.persist.rehydrate(),
    useFeedbackStore.persist.rehydrate(),
  ]);
}
