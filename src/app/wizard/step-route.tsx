import { useEffect, useState } from 'react';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { otherGuides } from '../../content/runtime/app-content.ts';
import { toTree } from '../../content/runtime/to-tree.ts';
import type { GuidedError } from '../../content/types.ts';
import { stepModel, type StepProblem } from '../../engine/index.ts';
import { LazyAgentLayer } from '../../features/agent/lazy-agent-layer.tsx';
import { linkProblemFrom } from '../../features/guide/link-problem.ts';
import { ContentGate } from '../../features/wizard/content-gate.tsx';
import { StepView } from '../../features/wizard/step-view.tsx';
import { leavePage } from '../../lib/leave-page.ts';
import { withBase } from '../../routing/base-path.ts';
import { linkOptionsOf, paths, SESSION_PARAM, type LinkOptions } from '../../routing/paths.ts';
import { useMounted } from '../../ui/use-mounted.ts';

/** Leaves the wizard for a static page (replacing this entry: the step address was not usable). */
function Leave({ to }: { readonly to: string }) {
  useEffect(() => leavePage(withBase(to)), [to]);
  return (
    <p role="status" className="muted">
      Opening the guide…
    </p>
  );
}

/**
 * `/errors/<slug>/step/<nodeId>?s=<session>`: the engine reads the address into a step model;
 * the wizard renders it, with agent mode's tools beside it when asked. A step address that the
 * engine cannot trust opens the error's page, which says why; an unknown error, the not-found
 * page.
 */
export function StepRoute() {
  const params = useParams();
  const [search] = useSearchParams();
  const options: LinkOptions = linkOptionsOf(useLocation().search);
  const slug = (params.slug ?? '').toLowerCase();
  return (
    <ContentGate slug={slug} missing={() => <Leave to={paths.error(slug, options)} />}>
      {(entry) =>
        entry.kind === 'guided' ? (
          <GuidedStep
            entry={entry}
            nodeId={params.nodeId}
            session={search.get(SESSION_PARAM)}
            options={options}
          />
        ) : (
          <Leave to={paths.error(slug, options)} />
        )
      }
    </ContentGate>
  );
}

function brokenLink(slug: string, problem: StepProblem, options: LinkOptions): string {
  const { kind, at, guide } = linkProblemFrom(problem);
  return paths.errorWithProblem(slug, { kind, at, guide: guide?.slug }, options);
}

function GuidedStep({
  entry,
  nodeId,
  session,
  options,
}: {
  readonly entry: GuidedError;
  readonly nodeId: string | undefined;
  readonly session: string | null;
  readonly options: LinkOptions;
}) {
  const mounted = useMounted();
  // The desk's right-hand column: agent mode puts the map, notes and summary there when wide.
  const [side, setSide] = useState<HTMLDivElement | null>(null);
  const model = stepModel(toTree(entry.tree), nodeId, session, otherGuides(entry.slug));
  if (!model.ok) return <Leave to={brokenLink(entry.slug, model.error, options)} />;
  if (options.mode !== 'agent')
    return <StepView entry={entry} model={model.value} options={options} />;
  // The agent's tools are the browser's own (notes, clock, shortcuts): never prerendered.
  const aside = mounted ? (
    <LazyAgentLayer error={entry} model={model.value} side={side} />
  ) : undefined;
  return (
    <div className="agent-desk">
      <StepView entry={entry} model={model.value} options={options} aside={aside} />
      <div ref={setSide} className="agent-desk__side" />
    </div>
  );
}
