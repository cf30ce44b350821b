/**
 * Build time only: the map page of one guided error (`/errors/<code>/map`), rendered to static
 * HTML inside the site's layout. No app on this page: a small script (src/map/script) lights
 * the path taken.
 */
import type { NodeId } from '../../engine/index.ts';
import type { MapLayout } from '../model/map-layout.ts';
import { MapDiagram } from '../view/map-diagram.tsx';
import { MapLegend } from '../view/map-legend.tsx';
import { MapTextList } from '../view/map-text-list.tsx';
import { TriageFiguresView, type TriageFigures } from './triage-figures.tsx';

export interface MapPageProps {
  readonly code: string;
  readonly slug: string;
  readonly layout: MapLayout;
  /** Every node's step, by its shortest route from the start (the page without a session). */
  readonly hrefFor: (id: NodeId) => string | undefined;
  /** Links with the base path already in: the error page and the two downloads. */
  readonly links: {
    readonly error: string;
    readonly mermaid: string;
    readonly dot: string;
  };
  /** The triage check's figures, for authors; the section leaves them out when absent. */
  readonly triageFigures?: TriageFigures;
}

/** The notes the script shows: where you are, or why your answers cannot be shown. */
function Notes() {
  return (
    <>
      <div className="notice" data-map-note="here" hidden>
        <p>
          You are on <strong data-map-here-step="">this step</strong>:{' '}
          <strong data-map-here-title="">the step marked on the map</strong>
        </p>
        <div data-map-here-chose="" hidden>
          <p>
            Chose: <span data-map-here-chose-text="">a situation</span>
          </p>
          <p>The questions it stands for were not asked: the route it led by is drawn dashed.</p>
        </div>
        <p>
          The answers you gave are marked in green, and every step you can go to from here is a
          link. <a data-map-here-link="">Go back to this step</a>
        </p>
      </div>
      <div className="notice notice--warning" data-map-note="content-changed" hidden>
        <p>
          This map link was made for an older version of this guide, so your answers cannot be shown
          on it. Here is the whole guide as it is now.
        </p>
      </div>
      <div className="notice notice--warning" data-map-note="damaged" hidden>
        <p>
          This map link is damaged, so your answers cannot be shown on it. Here is the whole guide.
        </p>
      </div>
    </>
  );
}

export function MapPage({ code, slug, layout, hrefFor, links, triageFigures }: MapPageProps) {
  const name = `Map of the Error ${code} guide`;
  return (
    <div className="stack map-page">
      <p className="no-print">
        <a className="back-link" href={links.error}>
          {`Back to the guide to Error ${code}`}
        </a>
      </p>
      <h1>{name}</h1>
      <p className="lede">
        Every question and fix in this guide, and where each answer leads. Open any step from the
        map or from the list below it.
      </p>
      <Notes />
      <section aria-labelledby="map-diagram-title">
        <h2 id="map-diagram-title">The map</h2>
        <MapLegend
          sourceSteps={layout.nodes.some((node) => node.sourceStep !== undefined)}
          pathKey="hidden"
        />
        <p className="muted map-page__hint">
          On a small screen, scroll the map sideways, or use the list below it.
        </p>
        <div className="map-scroll" role="region" aria-label="The map, which scrolls" tabIndex={0}>
          <MapDiagram layout={layout} label={name} hrefFor={hrefFor} />
        </div>
      </section>
      <section aria-labelledby="map-list-title">
        <h2 id="map-list-title">The same guide as a list</h2>
        <MapTextList graph={layout} hrefFor={hrefFor} />
      </section>
      <details className="map-authors no-print">
        <summary>For authors: this map as text, and the triage figures</summary>
        <p>
          Download the map as a{' '}
          <a href={links.mermaid} download="">
            Mermaid flowchart (.mmd)
          </a>{' '}
          or a{' '}
          <a href={links.dot} download="">
            Graphviz digraph (.dot)
          </a>
          , or print either with <code>{`npm run visualise -- ${slug} --format mermaid`}</code>.
        </p>
        {triageFigures && <TriageFiguresView figures={triageFigures} />}
      </details>
    </div>
  );
}
