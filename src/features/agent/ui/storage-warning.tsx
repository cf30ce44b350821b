import { assertNever } from '../../engine/index.ts';
import type { StorageHealth } from './agent-storage.ts';

/** Tells the agent when the call record cannot be saved, or an old one was set aside. */
export function StorageWarning({ health }: { readonly health: StorageHealth }) {
  switch (health.kind) {
    case 'ok':
      return null;
    case 'unavailable':
      return (
        <p className="notice agent-warning" role="alert">
          This browser is not letting Fixpath save. Notes and times are kept only while this tab
          stays open: they will not survive a refresh. Copy or download the summary before you
          leave.
        </p>
      );
    case 'set-aside':
      return (
        <p className="notice agent-warning" role="alert">
          The saved call record could not be read, so a new one was started. The old one was not
          deleted: it is kept in this browser&apos;s storage under &ldquo;{health.key}&rdquo;.
        </p>
      );
    default:
      return assertNever(health);
  }
}
