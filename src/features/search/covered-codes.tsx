import type { LinkOptions } from '../../routing/paths.ts';
import type { SearchEntry } from '../../content/types.ts';
import { EntryCards, EntryLinks } from './entry-cards.tsx';

/** What the front door, the not-found page and their list of codes are drawn from. */
export interface SearchPageProps {
  readonly index: readonly SearchEntry[];
  readonly options: LinkOptions;
}

/** Every code Fixpath knows: the guided ones as big cards, the neighbours as a short list. */
export function CoveredCodes({ index, options }: SearchPageProps) {
  const guided = index.filter((entry) => entry.kind === 'guided');
  const neighbours = index.filter((entry) => entry.kind === 'neighbour');
  return (
    <>
      <section className="stack" aria-labelledby="covered-title">
        <h2 id="covered-title">Errors we cover</h2>
        <p>Step-by-step help, from the first check to the fix.</p>
        <EntryCards entries={guided} options={options} label="Errors we cover" />
      </section>
      {neighbours.length > 0 && (
        <section className="stack" aria-labelledby="neighbours-title">
          <h2 id="neighbours-title">Other codes we can help you tell apart</h2>
          <p>
            Codes that look like the ones above. Each page says how to tell them apart and where to
            find Intuit&rsquo;s own help.
          </p>
          <EntryLinks
            entries={neighbours}
            options={options}
            label="Other codes we can help you tell apart"
          />
        </section>
      )}
    </>
  );
}
