import { mountIsland } from '../../lib/mount-island.tsx';
import { errorSlugOf, linkOptionsOf, type LinkOptions } from '../../routing/paths.ts';
import { stripBase } from '../../routing/base-path.ts';
import { site } from '../../content/runtime/app-content.ts';
import { EntryCards } from './entry-cards.tsx';
import { NotCoveredResult } from './not-covered.tsx';
import { useSearchIndex } from './use-search-index.ts';

const MAX_ECHO = 60;

/** `/errors/<code>/step/<name>`: a step the guide does not have (`/errors/102/step/zzz`). */
const isStepPath = (path: string): boolean => /^\/errors\/[^/]+\/step\//.test(path);

/**
 * On the not-found page, for an address like `/errors/<code>`: says which code was asked for
 * (as plain text) and offers the closest codes we know; for an address under a code we know
 * (`/errors/102/checklist/zzz`, `/errors/102/step/zzz`), says that guide has no such page (or
 * step) and links to it.
 */
export function ClosestIsland({ options }: { readonly options: LinkOptions }) {
  const path = stripBase(window.location.pathname);
  const asked = errorSlugOf(path);
  const state = useSearchIndex();
  if (!asked) return null;
  const ready = state.status === 'ready' ? state.value : undefined;
  // A code we cover, with an address under it that does not exist (`/errors/102/checklist/x`).
  const known = ready?.index.find((entry) => entry.slug === asked);
  if (known) {
    return (
      <div className="stack">
        <p className="lede">
          The Error {known.code} guide has no {isStepPath(path) ? 'step' : 'page'} at this address.
        </p>
        <section className="stack" aria-labelledby="closest-title">
          <h2 id="closest-title">Its guide starts here</h2>
          <EntryCards entries={[known]} options={options} label="The guide to this error" />
        </section>
      </div>
    );
  }
  const result = ready?.match(asked);
  const closest = ready ? ready.closest(asked) : [];
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
