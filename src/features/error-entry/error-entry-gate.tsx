import type { ReactNode } from 'react';
import { useErrorEntry } from '../../app/use-error-entry.ts';
import type { ErrorEntry } from '../../content/types.ts';
import { assertNever } from '../../engine/index.ts';
import { LoadFailed, Loading } from '../../ui/loading.tsx';
import { NotFoundPage } from '../not-found/not-found-page.tsx';

/**
 * Loads one error's content and renders `children` with it; meanwhile, or when the code is
 * unknown or the content cannot load, the same loading, retry and not-found screens everywhere.
 */
export function ErrorEntryGate({
  slug,
  children,
}: {
  readonly slug: string;
  readonly children: (entry: ErrorEntry) => ReactNode;
}) {
  const state = useErrorEntry(slug);
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed slug={slug} />;
    case 'missing':
      return <NotFoundPage query={slug} />;
    case 'ready':
      return children(state.entry);
    default:
      return assertNever(state);
  }
}
