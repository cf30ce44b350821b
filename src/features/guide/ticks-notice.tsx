import { mountIsland } from '../../lib/mount-island.tsx';
import { keptCopies } from '../../lib/storage/kept-copies.ts';
import type { SetAsideReason } from '../../lib/storage/storage-health.ts';
import { localStore } from '../../lib/storage/web-storage.ts';
import { CHECKS_KEY } from '../../store/checks-store.ts';
import { SetAsideNotice } from '../../ui/set-aside-notice.tsx';

/**
 * The checklist's ticks could not be read and were set aside: says so in the ticks island's slot,
 * with what was kept to download. Loaded only when that happens.
 */
export function showTicksNotice(slot: HTMLElement, reason: SetAsideReason): Promise<void> {
  return mountIsland(
    slot,
    <SetAsideNotice copies={keptCopies(localStore, CHECKS_KEY)} what="ticked steps" name="ticks">
      {reason === 'outdated'
        ? 'Your earlier ticks were saved by an older version of Fixpath, so these boxes start empty.'
        : 'Your earlier ticks could not be read, so these boxes start empty.'}
    </SetAsideNotice>,
  );
}
