import { storageHealth } from '../../lib/storage/storage-health.ts';
import { CHECKS_KEY, checksStore } from '../../store/checks-store.ts';

const BOX = 'input[type="checkbox"][data-check-key]';

const boxes = (): HTMLInputElement[] => [...document.querySelectorAll<HTMLInputElement>(BOX)];
const keyOf = (box: HTMLInputElement): string => box.dataset['checkKey'] ?? '';

/**
 * The checklist page's tick boxes are plain HTML; this keeps their ticks in this browser (the
 * same ticks as the wizard's fix steps). No React: it only reads and writes the boxes, unless
 * earlier ticks could not be read: then it says so in its slot.
 */
export function mount(slot: HTMLElement): void {
  // Boxes ticked before this ran are the person's latest word: keep them.
  const early = boxes()
    .filter((box) => box.checked)
    .map(keyOf);
  const show = (): void => {
    const { ticked } = checksStore.getState();
    for (const box of boxes()) box.checked = ticked[keyOf(box)] === true;
  };
  const adopt = (): void => {
    for (const key of early) checksStore.getState().tick(key, true);
    show();
    const setAside = storageHealth.getState().setAside[CHECKS_KEY];
    if (setAside) void import('./ticks-notice.tsx').then((m) => m.showTicksNotice(slot, setAside));
  };
  if (checksStore.persist.hasHydrated()) adopt();
  else checksStore.persist.onFinishHydration(adopt);
  document.addEventListener('change', (event) => {
    const box = event.target;
    if (box instanceof HTMLInputElement && box.matches(BOX)) {
      checksStore.getState().tick(keyOf(box), box.checked);
    }
  });
}
