import { useLayoutEffect, useRef } from 'react';
import type { StepModel } from '../../../engine/index.ts';
import { useLoaded } from '../../../lib/use-loaded.ts';
import { mapPaths } from '../../../map/map-paths.ts';
import { MapDiagram } from '../../../map/view/map-diagram.tsx';
import { mapLayouts } from '../../../map/view/map-layout-store.ts';
import { mapLinks } from '../../../map/view/map-links.ts';
import { scrollToHere } from '../../../map/view/scroll-to-here.ts';
import { PageLink } from '../../../ui/page-link.tsx';

/**
 * The map of the guide beside the script, with the caller's answers lit and the step on screen
 * marked: where the call has been and what could still come. Each step it can reach is a link.
 * On every step, and when its box changes size, the map's box moves so that the step on screen
 * is in the middle of it.
 */
export function AgentMap({
  slug,
  code,
  model,
}: {
  readonly slug: string;
  readonly code: string;
  readonly model: StepModel;
}) {
  const state = useLoaded(mapLayouts, slug);
  const { marks, hrefFor } = mapLinks(model.tree, slug, model.encoded, { mode: 'agent' });
  const box = useRef<HTMLDivElement>(null);
  const ready = state.status === 'ready';
  useLayoutEffect(() => {
    if (ready && box.current) scrollToHere(box.current);
  }, [ready, model.encoded]);
  // When the box changes size (the window is resized, the desk's column appears), the step on
  // screen goes back to the middle of it: panning by hand does not change its size.
  useLayoutEffect(() => {
    const element = box.current;
    if (!ready || !element || typeof ResizeObserver === 'undefined') return;
    let size = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${element.clientWidth}x${element.clientHeight}`;
      if (next === size) return;
      size = next;
      scrollToHere(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ready]);
  return (
    <details className="agent-disclosure agent-map" open>
      <summary>Map of the Error {code} guide</summary>
      {state.status === 'ready' ? (
        <div
          ref={box}
          className="map-scroll"
          role="region"
          aria-label="The map, which scrolls"
          tabIndex={0}
        >
          <MapDiagram
            layout={state.value}
            label={`Map of the Error ${code} guide, with this call's answers`}
            hrefFor={hrefFor}
            {...(marks ? { marks } : {})}
          />
        </div>
      ) : state.status === 'failed' ? (
        <p className="muted">
          The map could not load here.{' '}
          <PageLink to={mapPaths.page(slug, model.encoded, { mode: 'agent' })}>
            Open it on its own page
          </PageLink>
          .
        </p>
      ) : (
        <p className="muted" role="status">
          Loading the map…
        </p>
      )}
    </details>
  );
}
