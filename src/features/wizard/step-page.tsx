import { Navigate, useParams, useSearchParams } from 'react-router';
import { paths, SESSION_PARAM } from '../../app/paths.ts';
import { useLinkOptions } from '../../app/use-mode.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { ErrorEntryGate } from '../error-entry/error-entry-gate.tsx';
import { BrokenStep } from './broken-step.tsx';
import { resolveStep } from './resolve-step.ts';
import { StepView } from './step-view.tsx';

/** `/errors/<slug>/step/<nodeId>?s=<session>`: the step the answers in the URL lead to. */
export function StepPage() {
  const params = useParams();
  const options = useLinkOptions();
  const slug = (params.slug ?? '').toLowerCase();
  return (
    <ErrorEntryGate slug={slug}>
      {(entry) =>
        entry.kind === 'guided' ? (
          <GuidedStep entry={entry} nodeId={params.nodeId} />
        ) : (
          <Navigate to={paths.error(slug, options)} replace />
        )
      }
    </ErrorEntryGate>
  );
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
