import { paths, type LinkOptions } from '../../routing/paths.ts';
import { site } from '../../content/runtime/app-content.ts';
import type { NeighbourError } from '../../content/types.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import { confidenceNote, whereToGoLead } from './confidence-note.ts';
import { errorName, errorNames, hostOf } from './neighbour-links.ts';

/** A link to another site, with that site's name after it. */
function SiteLink({ url, children }: { readonly url: string; readonly children: string }) {
  const host = hostOf(url);
  return (
    <>
      <ExternalLink href={url}>{children}</ExternalLink>
      {host && <span className="muted"> ({host})</span>}
    </>
  );
}

/** A neighbouring code: what it is, how to tell it apart, and where to go. No fixes of ours. */
export function NeighbourPage({
  entry,
  options,
}: {
  readonly entry: NeighbourError;
  readonly options: LinkOptions;
}) {
  const note = confidenceNote(entry.confidence);
  const lookalikes = errorNames(entry.lookalikeOf);
  return (
    <article className="stack">
      <p className="tag">Often confused with {lookalikes}</p>
      <h1>{entry.title}</h1>
      {note.tone === 'warning' ? (
        <div className="notice notice--warning" role="note">
          <p>
            <strong>{note.title}</strong> {note.text}
          </p>
        </div>
      ) : (
        <p className="muted">
          <strong>{note.title}</strong> {note.text}
        </p>
      )}
      <p>
        <strong>Where it appears:</strong> {entry.appearsWhen}
      </p>

      <section className="stack" aria-labelledby="what-title">
        <h2 id="what-title">What it is</h2>
        {entry.whatItIs.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      <section className="stack" aria-labelledby="tell-title">
        <h2 id="tell-title">How to tell it from {lookalikes}</h2>
        {entry.howToTell.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </section>

      {entry.inGuide && (
        <section className="stack" aria-labelledby="guide-title">
          <h2 id="guide-title">Where to start in our {errorName(entry.inGuide.slug)} guide</h2>
          <p>{entry.inGuide.text}</p>
          <p>
            <PageLink
              className="button"
              to={paths.step(
                entry.inGuide.slug,
                entry.inGuide.nodeId,
                entry.inGuide.session,
                options,
              )}
            >
              {entry.inGuide.answers.length === 0
                ? `Start the ${errorName(entry.inGuide.slug)} guide`
                : `Go to the step: ${entry.inGuide.stepTitle}`}
            </PageLink>
          </p>
        </section>
      )}

      <section className="stack" aria-labelledby="go-title">
        <h2 id="go-title">Where to go</h2>
        <p>{entry.whereToGoIntro ?? whereToGoLead(entry)}</p>
        <ul>
          {entry.whereToGo.map((place) => (
            <li key={place.url}>
              <SiteLink url={place.url}>{place.label}</SiteLink>
            </li>
          ))}
        </ul>
        <div className="notice notice--warning" role="note">
          <p>
            <strong>Watch out for scams.</strong> {site.scamWarning}
          </p>
        </div>
      </section>

      <section className="stack" aria-labelledby="after-all-title">
        <h2 id="after-all-title">Think it might be {lookalikes} after all?</h2>
        <ul className="entry-links">
          {entry.lookalikeOf.map((slug) => (
            <li key={slug}>
              <PageLink className="button button--secondary" to={paths.error(slug, options)}>
                Open the {errorName(slug)} guide
              </PageLink>
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        <ul>
          {entry.sources.map((source) => (
            <li key={source.title}>
              {source.url ? <SiteLink url={source.url}>{source.title}</SiteLink> : source.title}
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
