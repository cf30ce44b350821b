import { keptCopies } from '../../lib/storage/kept-copies.ts';
import type { SetAsideReason } from '../../lib/storage/storage-health.ts';
import { localStore } from '../../lib/storage/web-storage.ts';
import { useStorageHealth } from '../../store/use-storage-health.ts';
import { SetAsideNotice } from '../../ui/set-aside-notice.tsx';
import { useMounted } from '../../ui/use-mounted.ts';

interface Props {
  /** The store's key, e.g. `fixpath:checks`. */
  readonly storeKey: string;
  /** What it holds, for the downloaded file: "ticked steps". */
  readonly what: string;
  readonly name: string;
  /** What happened, in the words of this screen. */
  readonly message: (reason: SetAsideReason) => string;
}

/** On the screen where a store matters: its saved data was set aside on this visit, and kept. */
export function SetAsideNote({ storeKey, what, name, message }: Props) {
  const mounted = useMounted();
  const reason = useStorageHealth((health) => health.setAside[storeKey]);
  if (!mounted || !reason) return null;
  return (
    <SetAsideNotice copies={keptCopies(localStore, storeKey)} what={what} name={name}>
      {message(reason)}
    </SetAsideNotice>
  );
}
