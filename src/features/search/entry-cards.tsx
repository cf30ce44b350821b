import { paths, type LinkOptions } from '../../routing/paths.ts';
import type { SearchEntry } from '../../content/types.ts';
import { PageLink } from '../../ui/page-link.tsx';

interface EntryCardsProps {
  readonly entries: readonly SearchEntry[];
  readonly options: LinkOptions;
  /** Names the list for screen readers, e.g. "Matching errors". */
  readonly label: string;
}

/** Errors as cards: the code, the title as a link to its page, and where it appears. */
export function EntryCards({ entries, options, label }: EntryCardsProps) {
  return (
    <ul className="entry-cards" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.slug} className="card entry-card">
          <p className="tag" aria-hidden={entry.title.includes(entry.code) || undefined}>
            {entry.code}
          </p>
          <h3 className="entry-card__title">
            <PageLink to={paths.error(entry.slug, options)}>{entry.title}</PageLink>
          </h3>
          <p className="muted">{entry.appearsWhen}</p>
        </li>
      ))}
    </ul>
  );
}

/** Errors as a compact list of links: for the codes we only help tell apart. */
export function EntryLinks({ entries, options, label }: EntryCardsProps) {
  return (
    <ul className="entry-links" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.slug}>
          <PageLink to={paths.error(entry.slug, options)}>{entry.title}</PageLink>
        </li>
      ))}
    </ul>
  );
}
