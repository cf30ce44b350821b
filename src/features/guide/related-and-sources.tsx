import { paths, type LinkOptions } from '../../routing/paths.ts';
import { ExternalLink } from '../../ui/external-link.tsx';
import { PageLink } from '../../ui/page-link.tsx';
import type { GuidedError } from '../../content/types.ts';
import { codeLabel } from './guide-links.ts';

export function RelatedErrors({
  related,
  codeNames,
  options,
}: {
  readonly related: GuidedError['related'];
  readonly codeNames?: GuidedError['codeNames'];
  readonly options: LinkOptions;
}) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">Related errors</h2>
      <ul className="bullets">
        {related.map((item) => (
          <li key={item.slug}>
            <PageLink to={paths.error(item.slug, options)}>
              Error {codeLabel(item.slug, codeNames)}
            </PageLink>
            : {item.why}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Sources({ sources }: { readonly sources: GuidedError['sources'] }) {
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul className="bullets">
        {sources.map((source) => (
          <li key={source.title}>
            {source.url ? (
              <ExternalLink href={source.url}>{source.title}</ExternalLink>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
