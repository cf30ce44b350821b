import { useMounted } from './use-mounted.ts';

/** A quiet note when this browser will not let us keep progress. The app works regardless. */
export function StorageNotice({ unavailable }: { readonly unavailable: boolean }) {
  const mounted = useMounted();
  if (!mounted || !unavailable) return null;
  return (
    <p className="notice notice--quiet" role="note">
      This browser is not letting us save your progress, so it will not be kept if you close the
      tab. Everything else works as normal.
    </p>
  );
}
