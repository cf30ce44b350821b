import { useParams } from 'react-router';
import { DocumentTitle } from '../../app/document-title.tsx';
import { errorMeta } from '../../app/page-meta.ts';
import { site } from '../../content/runtime/app-content.ts';
import { ErrorEntryGate } from '../error-entry/error-entry-gate.tsx';
import { NeighbourPage } from '../neighbour/neighbour-page.tsx';
import { GuidePage } from './guide-page.tsx';

/** `/errors/<code>`: a fully covered error's guide, or a neighbouring code's short page. */
export function ErrorPage() {
  const slug = (useParams().slug ?? '').toLowerCase();
  return (
    <ErrorEntryGate slug={slug}>
      {(entry) => (
        <>
          <DocumentTitle title={errorMeta(site, entry).title} />
          {entry.kind === 'guided' ? <GuidePage entry={entry} /> : <NeighbourPage entry={entry} />}
        </>
      )}
    </ErrorEntryGate>
  );
}
