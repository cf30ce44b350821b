import { useParams } from 'react-router';
import { useErrorEntry } from '../../app/use-error-entry.ts';
import { assertNever } from '../../engine/index.ts';
import { NeighbourPage } from '../neighbour/neighbour-page.tsx';
import { NotFoundPage } from '../not-found/not-found-page.tsx';
import { LoadFailed, Loading } from '../../ui/loading.tsx';
import { GuidePage } from './guide-page.tsx';

/** `/errors/<code>`: a fully covered error's guide, or a neighbouring code's short page. */
export function ErrorPage() {
  const slug = (useParams().slug ?? '').toLowerCase();
  const state = useErrorEntry(slug);
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed slug={slug} />;
    case 'missing':
      return <NotFoundPage query={slug} />;
    case 'ready':
      return state.entry.kind === 'guided' ? (
        <GuidePage entry={state.entry} />
      ) : (
        <NeighbourPage entry={state.entry} />
      );
    default:
      return assertNever(state);
  }
}
