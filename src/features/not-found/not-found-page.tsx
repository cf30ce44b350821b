import { site } from '../../content/runtime/app-content.ts';
import { CoveredCodes } from '../search/covered-codes.tsx';
import { EntryCards } from '../search/entry-cards.tsx';
import { IndexUnavailable } from '../search/index-unavailable.tsx';
import { SearchForm } from '../search/search-form.tsx';
import { useLinkOptions } from '../../app/use-mode.ts';
import { useSearchIndex } from '../search/use-search-index.ts';

const MAX_ECHO = 60;

/** Any address Fixpath does not know. `query` is the code that was asked for, if any. */
export function NotFoundPage({ query }: { readonly query?: string }) {
  const state = useSearchIndex();
  const options = useLinkOptions();
  const searcher = state.status === 'ready' ? state.searcher : undefined;
  const closest = searcher && query ? searcher.closest(query) : [];
  const shown = query && query.length > MAX_ECHO ? `${query.slice(0, MAX_ECHO)}…` : query;
  return (
    <div className="stack">
      <h1>We could not find that page</h1>
      {shown ? (
        <p className="lede">
          {site.name} has no page for “{shown}”.
        </p>
      ) : (
        <p className="lede">The address may be mistyped, or the page may have moved.</p>
      )}
      {closest.length > 0 && (
        <section className="stack" aria-labelledby="closest-title">
          <h2 id="closest-title">
            {closest.length === 1 ? 'Did you mean this one?' : 'Did you mean one of these?'}
          </h2>
          <EntryCards entries={closest} options={options} label="Closest matches" />
        </section>
      )}
      <section className="stack" aria-labelledby="find-title">
        <h2 id="find-title">Find your error</h2>
        <SearchForm query="" searcher={searcher} options={options} />
      </section>
      {state.status === 'ready' ? (
        <CoveredCodes index={state.searcher.index} options={options} />
      ) : (
        <IndexUnavailable status={state.status} />
      )}
    </div>
  );
}
