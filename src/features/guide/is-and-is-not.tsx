import { Fragment } from 'react';
import { paths, type LinkOptions } from '../../routing/paths.ts';
import { PageLink } from '../../ui/page-link.tsx';
import type { GuidedError } from '../../content/types.ts';
import { Paragraphs } from '../../ui/paragraphs.tsx';
import { codeLabel } from './guide-links.ts';

/** What this error is, and the codes it is easily confused with. */
export function IsAndIsNot({
  entry,
  options,
}: {
  readonly entry: GuidedError;
  readonly options: LinkOptions;
}) {
  return (
    <section aria-labelledby="is-title">
      <h2 id="is-title">What Error {entry.code} is, and what it is not</h2>
      <Paragraphs items={entry.isAndIsNot.is} />
      <ul className="bullets">
        {entry.isAndIsNot.isNot.map((item) => (
          <li key={item.text}>
            <strong>
              Not{' '}
              {item.codes.map((code, index) => (
                <Fragment key={code}>
                  {index > 0 && ' or '}
                  <PageLink to={paths.error(code, options)}>
                    Error {codeLabel(code, entry.codeNames)}
                  </PageLink>
                </Fragment>
              ))}
              :
            </strong>{' '}
            {item.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
