import type { ReactNode } from 'react';
import { errorContent } from '../../content/runtime/app-content.ts';
import type { ErrorEntry } from '../../content/types.ts';
import { assertNever } from '../../engine/index.ts';
import { useLoaded } from '../../lib/use-loaded.ts';
import { DocumentTitle } from '../../ui/document-title.tsx';

/**
 * Loads one error's content for a step and renders `children` with it. Meanwhile, a quiet
 * "Loading"; when it cannot load, a plain message and "Try again"; an unknown code, `missing`.
 */
export function ContentGate({
  slug,
  children,
  missing,
}: {
  readonly slug: string;
  readonly children: (entry: ErrorEntry) => ReactNode;
  readonly missing: () => ReactNode;
}) {
  const state = useLoaded(errorContent, slug);
  switch (state.status) {
    case 'loading':
      return (
        <p role="status" className="muted">
          Loading…
        </p>
      );
    case 'failed':
      return <LoadFailed slug={slug} />;
    case 'missing':
      return missing();
    case 'ready':
      return children(state.value);
    default:
      return assertNever(state);
  }
}

/** The error's content could not be fetched (offline, or a deploy replaced it). */
function LoadFailed({ slug }: { readonly slug: string }) {
  return (
    <section className="stack" role="alert">
      <DocumentTitle title="This page could not load | Fixpath" />
      <h1>This page could not load</h1>
      <p>Check your internet connection, then try again. Nothing you saved has been lost.</p>
      <p>
        <button type="button" className="button" onClick={() => void errorContent.load(slug)}>
          Try again
        </button>
      </p>
    </section>
  );
}
