import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import type { GuidedError } from '../../content/types.ts';
import { codeLabel } from './guide-anchors.ts';

export function RelatedErrors({ related }: { readonly related: GuidedError['related'] }) {
  const options = useLinkOptions();
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-title">
      <h2 id="related-title">Related errors</h2>
      <ul className="bullets">
        {related.map((item) => (
          <li key={item.slug}>
            <Link to={paths.error(item.slug, options)}>Error {codeLabel(item.slug)}</Link>:{' '}
            {item.why}
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
              <a href={source.url} rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
