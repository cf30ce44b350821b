import { errorCache } from '../content/runtime/app-content.ts';

export function Loading() {
  return (
    <p role="status" className="muted">
      Loading…
    </p>
  );
}

/** The error's content could not be fetched (offline, or a deploy replaced it). */
export function LoadFailed({ slug }: { readonly slug: string }) {
  return (
    <section className="stack" role="alert">
      <h1>This page could not load</h1>
      <p>Check your internet connection, then try again. Nothing you saved has been lost.</p>
      <p>
        <button type="button" className="button" onClick={() => void errorCache.load(slug)}>
          Try again
        </button>
      </p>
    </section>
  );
}
