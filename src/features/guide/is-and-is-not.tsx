import { Fragment } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import type { GuidedError } from '../../content/types.ts';
import { Paragraphs } from '../../ui/paragraphs.tsx';
import { codeLabel } from './guide-anchors.ts';

/** What this error is, and the codes it is easily confused with. */
export function IsAndIsNot({ entry }: { readonly entry: GuidedError }) {
  const options = useLinkOptions();
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
                  <Link to={paths.error(code, options)}>Error {codeLabel(code)}</Link>
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
