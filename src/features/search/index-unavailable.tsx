import { SEARCH_INDEX, searchIndex } from './search-index.ts';

/** The list of codes is still loading, or could not load (offline). */
export function IndexUnavailable({ status }: { readonly status: 'loading' | 'failed' }) {
  if (status === 'failed') {
    return (
      <div className="notice" role="alert">
        <p>The list of error codes could not load. Check your internet connection.</p>
        <p>
          <button
            type="button"
            className="button"
            onClick={() => void searchIndex.load(SEARCH_INDEX)}
          >
            Try again
          </button>
        </p>
      </div>
    );
  }
  return (
    <p role="status" className="muted">
      Loading the list of error codes…
    </p>
  );
}
