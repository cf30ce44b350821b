import { resetStorageHealth } from '../lib/storage/storage-health.ts';
import { checksStore } from '../store/checks-store.ts';
import { feedbackStore } from '../store/feedback-store.ts';
import { progressStore } from '../store/progress-store.ts';

/** Empties every store and localStorage (run before each test). */
export function resetStores(): void {
  resetStorageHealth();
  progressStore.setState({ bySlug: {}, changed: {} });
  checksStore.setState({ ticked: {} });
  feedbackStore.setState({ helpful: {} });
  localStorage.clear();
}

/** Reads localStorage again, as a fresh page load would. */
export async function rehydrateStores(): Promise<void> {
  await Promise.all([
    progressStore.persist.rehydrate(),
    checksStore.persist.rehydrate(),
    feedbackStore.persist.rehydrate(),
  ]);
}
