import { mountIsland } from '../../lib/mount-island.tsx';
import { linkOptionsOf, type LinkOptions } from '../../routing/paths.ts';
import { useMounted } from '../../ui/use-mounted.ts';
import { summaryOf } from './result-summary.ts';
import { SearchForm } from './search-form.tsx';
import { SearchResults } from './search-results.tsx';
import { useSearchIndex } from './use-search-index.ts';
import { useUrlQuery } from './use-url-query.ts';

export interface SearchIslandProps {
  /** The page's link options (mode, embed layout): the search's links keep them. */
  readonly options: LinkOptions;
  /** True on the front door: results show in place; elsewhere a search opens the front door. */
  readonly onHome: boolean;
  /** The form was sent before the island was ready (see src/app/document/islands.ts). */
  readonly sentEarly?: boolean;
}

/**
 * The search box and what it found: the one interactive part of the front door and the
 * not-found page. Prerendered with an empty query; the document script hydrates it when a person
 * starts to use it, or at once when the address already holds a search (`/?q=`).
 */
export function SearchIsland({ options, onHome, sentEarly = false }: SearchIslandProps) {
  const fromUrl = useUrlQuery();
  // Prerendered without a query: read the address only once hydration is over.
  const query = useMounted() && onHome ? fromUrl : '';
  const state = useSearchIndex();
  const searcher = state.status === 'ready' ? state.value : undefined;
  const result = searcher?.match(query);
  return (
    <div className="stack">
      <SearchForm
        query={query}
        searcher={searcher}
        options={options}
        onHome={onHome}
        sentEarly={sentEarly}
      />
      <p role="status" className="visually-hidden">
        {result ? summaryOf(result) : ''}
      </p>
      {result && <SearchResults result={result} query={query} options={options} />}
    </div>
  );
}

/** Starts the search island in its slot (see src/app/document/islands.ts). */
export function mount(slot: HTMLElement, props: unknown): Promise<void> {
  const onHome =
    typeof props === 'object' && props !== null && Reflect.get(props, 'onHome') === true;
  return mountIsland(
    slot,
    <SearchIsland
      options={linkOptionsOf(window.location.search)}
      onHome={onHome}
      sentEarly={slot.dataset['pending'] === 'submit'}
    />,
  );
}
