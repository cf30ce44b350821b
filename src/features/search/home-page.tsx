import { useSearchParams } from 'react-router';
import { SEARCH_PARAM } from '../../app/paths.ts';
import { site } from '../../content/runtime/app-content.ts';
import { IndexUnavailable } from './index-unavailable.tsx';
import { CoveredCodes } from './covered-codes.tsx';
import { summaryOf } from './result-summary.ts';
import { SearchForm } from './search-form.tsx';
import { SearchResults } from './search-results.tsx';
import { useMounted } from '../../ui/use-mounted.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import { useSearchIndex } from './use-search-index.ts';

/** The front door: find the right error by its code or by words from the message. */
export function HomePage() {
  const [params] = useSearchParams();
  // The page is prerendered without a query: read it once hydration is over.
  const query = useMounted() ? (params.get(SEARCH_PARAM) ?? '') : '';
  const options = useLinkOptions();
  const state = useSearchIndex();
  const searcher = state.status === 'ready' ? state.searcher : undefined;
  const result = searcher?.match(query);
  return (
    <div className="stack front-door">
      <h1>{site.tagline}</h1>
      <p className="lede">
        Type the code from the error message, or a few words from it, and {site.name} will take you
        to the right guide.
      </p>
      <SearchForm query={query} searcher={searcher} options={options} />
      <p role="status" className="visually-hidden">
        {result ? summaryOf(result) : ''}
      </p>
      {result && <SearchResults result={result} query={query} options={options} />}
      {state.status === 'ready' ? (
        <CoveredCodes index={state.searcher.index} options={options} />
      ) : (
        <IndexUnavailable status={state.status} />
      )}
    </div>
  );
}
