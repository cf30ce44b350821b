import type { SetAsideReason } from '../../../lib/storage/storage-health.ts';
import { SetAsideNotice } from '../../../ui/set-aside-notice.tsx';
import type { KeptCopyView } from '../../../ui/kept-text.ts';

interface Props {
  /** The browser will not let Fixpath save. */
  readonly unavailable: boolean;
  /** Why the saved call record was set aside on this visit, if it was. */
  readonly setAside: SetAsideReason | undefined;
  /** The call records kept after failed reads, oldest first. */
  readonly kept: readonly KeptCopyView[];
}

/** Tells the agent when the call record cannot be saved, or an old one was set aside. */
export function StorageWarning({ unavailable, setAside, kept }: Props) {
  return (
    <>
      {unavailable && (
        <p className="notice agent-warning" role="alert">
          This browser is not letting Fixpath save. Notes and times are kept only while this tab
          stays open: they will not survive a refresh. Copy or download the summary before you
          leave.
        </p>
      )}
      {setAside && (
        <SetAsideNotice copies={kept} what="call record" name="call">
          {setAside === 'outdated'
            ? 'The saved call record was made by an older version of Fixpath, so a new one was started.'
            : 'The saved call record could not be read, so a new one was started.'}
        </SetAsideNotice>
      )}
    </>
  );
}
