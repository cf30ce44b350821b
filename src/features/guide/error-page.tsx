import { useParams } from 'react-router';
import { ErrorEntryGate } from '../error-entry/error-entry-gate.tsx';
import { NeighbourPage } from '../neighbour/neighbour-page.tsx';
import { GuidePage } from './guide-page.tsx';

/** `/errors/<code>`: a fully covered error's guide, or a neighbouring code's short page. */
export function ErrorPage() {
  const slug = (useParams().slug ?? '').toLowerCase();
  return (
    <ErrorEntryGate slug={slug}>
      {(entry) =>
        entry.kind === 'guided' ? <GuidePage entry={entry} /> : <NeighbourPage entry={entry} />
      }
    </ErrorEntryGate>
  );
}
