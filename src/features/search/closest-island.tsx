import { mountIsland } from '../../lib/mount-island.tsx';
import { errorSlugOf, linkOptionsOf, type LinkOptions } from '../../routing/paths.ts';
import { stripBase } from '../../routing/base-path.ts';
import { site } from '../../content/runtime/app-content.ts';
import { EntryCards } from './entry-cards.tsx';
import { NotCoveredResult } from './not-covered.tsx';
import { useSearchIndex } from './use-search-index.ts';

const MAX_ECHO = 60;

/**
 * On the not-found page, for an address like `/errors/<code>`: says which code was asked for
 * (as plain text) and offers the closest codes we know.
 */
export function ClosestIsland({ options }: { readonly options: LinkOptions }) {
  const asked = errorSlugOf(stripBase(window.location.pathname));
  const state = useSearchIndex();
  if (!asked) return null;
  const result = state.status === 'ready' ? state.value.match(asked) : undefined;
  const closest = state.status === 'ready' ? state.value.closest(asked) : [];
  const shown = asked.length > MAX_ECHO ? `${asked.slice(0, MAX_ECHO)}…` : asked;
  return (
    <div className="stack">
      <p className="lede">
        {site.name} has no page for “{shown}”.
      </p>
      {result?.kind === 'not-covered' && (
        <NotCoveredResult code={result.code} familyName={result.family.name} />
      )}
      {closest.length > 0 && (
        <section className="stack" aria-labelledby="closest-title">
          <h2 id="closest-title">
            {closest.length === 1 ? 'Did you mean this one?' : 'Did you mean one of these?'}
          </h2>
          <EntryCards entries={closest} options={options} label="Closest matches" />
        </section>
      )}
    </div>
  );
}

/** Starts the "did you mean" island on the not-found page. */
export function mount(slot: HTMLElement): Promise<void> {
  return mountIsland(slot, <ClosestIsland options={linkOptionsOf(window.location.search)} />);
}
