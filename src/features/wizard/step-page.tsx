import { Navigate, useParams, useSearchParams } from 'react-router';
import { paths, SESSION_PARAM } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import { useErrorEntry } from '../../app/use-error-entry.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { assertNever } from '../../engine/index.ts';
import { LoadFailed, Loading } from '../../ui/loading.tsx';
import { NotFoundPage } from '../not-found/not-found-page.tsx';
import { BrokenStep } from './broken-step.tsx';
import { resolveStep } from './resolve-step.ts';
import { StepView } from './step-view.tsx';

/** `/errors/<slug>/step/<nodeId>?s=<session>`: the step the answers in the URL lead to. */
export function StepPage() {
  const params = useParams();
  const options = useLinkOptions();
  const slug = (params.slug ?? '').toLowerCase();
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
        <GuidedStep entry={state.entry} nodeId={params.nodeId} />
      ) : (
        <Navigate to={paths.error(slug, options)} replace />
      );
    default:
      return assertNever(state);
  }
}

function GuidedStep({ entry, nodeId }: { readonly entry: GuidedError; readonly nodeId?: string }) {
  const [search] = useSearchParams();
  const tree = toTree(entry.tree);
  const step = resolveStep(tree, nodeId, search.get(SESSION_PARAM));
  return step.ok ? (
    <StepView entry={entry} tree={tree} step={step.value} />
  ) : (
    <BrokenStep entry={entry} tree={tree} problem={step.error} />
  );
}
