import { NewCaller } from './new-caller.tsx';

/**
 * The call open in this browser is about another error: say so, and offer a new caller (which
 * keeps the agent on this step and starts recording it).
 */
export function OtherCall({
  otherSlug,
  onNewCaller,
}: {
  readonly otherSlug: string | null;
  readonly onNewCaller: () => void;
}) {
  return (
    <>
      <p className="notice agent-warning" role="alert">
        The call open in this browser is about another error ({otherSlug}). Go back to it to copy
        its summary, or start a new caller to record this one.
      </p>
      <NewCaller onConfirm={onNewCaller} />
    </>
  );
}
