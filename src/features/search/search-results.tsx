import type { LinkOptions } from '../../routing/paths.ts';
import { assertNever } from '../../engine/index.ts';
import type { MatchResult } from '../../search/match-query.ts';
import { EntryCards } from './entry-cards.tsx';
import { NotCoveredResult } from './not-covered.tsx';

interface SearchResultsProps {
  readonly result: MatchResult;
  /** What was typed, shown back as plain text. */
  readonly query: string;
  readonly options: LinkOptions;
}

const MAX_ECHO = 80;
const echo = (query: string): string => {
  const trimmed = query.trim();
  return trimmed.length > MAX_ECHO ? `${trimmed.slice(0, MAX_ECHO)}…` : trimmed;
};

/** What the front door found, by kind of result. The matching is done in src/search. */
export function SearchResults({ result, query, options }: SearchResultsProps) {
  switch (result.kind) {
    case 'empty':
      return null;
    case 'exact':
      return (
        <section className="stack" aria-labelledby="results-title">
          <h2 id="results-title">We found your error</h2>
          <EntryCards entries={[result.entry]} options={options} label="Your error" />
        </section>
      );
    case 'ambiguous':
      return (
        <section className="stack" aria-labelledby="results-title">
          <h2 id="results-title">Which of these did you see?</h2>
          <p>
            More than one QuickBooks message uses the number {result.code}. Choose the one that
            matches the message and where it appeared.
          </p>
          <EntryCards
            entries={result.entries}
            options={options}
            label="Which of these did you see?"
          />
        </section>
      );
    case 'words':
      return (
        <section className="stack" aria-labelledby="results-title">
          <h2 id="results-title">Errors that match “{echo(query)}”</h2>
          <p className="muted">Best match first. Open the one that sounds like what you see.</p>
          <EntryCards entries={result.entries} options={options} label="Matching errors" />
        </section>
      );
    case 'not-covered':
      return <NotCoveredResult code={result.code} familyName={result.family.name} />;
    case 'none':
      return (
        <section className="stack" aria-labelledby="results-title">
          <h2 id="results-title">
            {result.code === undefined
              ? `Nothing matched “${echo(query)}”`
              : `We don’t have a page for “${echo(query)}”`}
          </h2>
          {result.suggestions.length > 0 && (
            <>
              <p>These are the closest we know. Check them against the message you see:</p>
              <EntryCards entries={result.suggestions} options={options} label="Closest matches" />
            </>
          )}
          <p>
            {result.code === undefined
              ? 'Try the code from the message, or a few other words from it. '
              : 'Check the code in the message: some start with letters, like H202 or OL-202. '}
            Or look through the codes we cover below.
          </p>
        </section>
      );
    default:
      return assertNever(result);
  }
}
