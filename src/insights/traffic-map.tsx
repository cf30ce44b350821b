import { createRoot, type Root } from 'react-dom/client';
import { asNodeId } from '../engine/index.ts';
import { edgeId } from '../map/model/map-graph.ts';
import { loadMapLayout } from '../map/view/load-map-layout.ts';
import { MapDiagram } from '../map/view/map-diagram.tsx';
import { trafficLevel, type MapTraffic, type TrafficMark } from '../map/view/map-traffic.ts';
import type { InsightsReport } from './report-schema.ts';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The report's figures as map traffic: each step by how many reached it, each answer by use. */
export function trafficOf(report: InsightsReport): MapTraffic {
  const busiestStep = Math.max(0, ...report.nodes.map((node) => node.reached));
  const busiestAnswer = Math.max(
    0,
    ...report.nodes.flatMap((node) => node.choices.map((choice) => choice.taken)),
  );
  const nodes = new Map(
    report.nodes.map((node): [ReturnType<typeof asNodeId>, TrafficMark] => [
      asNodeId(node.id),
      {
        level: trafficLevel(node.reached, busiestStep),
        text:
          node.droppedOff > 0
            ? `${plural(node.reached, 'reached', 'reached')}, ${node.droppedOff} stopped here`
            : plural(node.reached, 'reached', 'reached'),
      },
    ]),
  );
  const edges = new Map(
    report.nodes.flatMap((node) =>
      node.choices.map((choice): [string, TrafficMark] => [
        edgeId(asNodeId(node.id), choice.index),
        {
          level: trafficLevel(choice.taken, busiestAnswer),
          text: plural(choice.taken, 'walk took this', 'walks took this'),
        },
      ]),
    ),
  );
  return { nodes, edges };
}

const roots = new WeakMap<HTMLElement, Root>();

/**
 * Draws the error's tree map in `container`, coloured by traffic (where the map's layout can be
 * fetched; otherwise a short note, and the tables say the same).
 */
export async function showTrafficMap(
  container: HTMLElement,
  report: InsightsReport,
): Promise<void> {
  const loaded = await loadMapLayout(report.error.slug);
  const root = roots.get(container) ?? createRoot(container);
  roots.set(container, root);
  root.render(
    loaded.status === 'ready' ? (
      <section className="insights__map" aria-labelledby="traffic-map-title">
        <h2 id="traffic-map-title">The guide as a map, by traffic</h2>
        <p className="muted">
          The heavier a step’s or an answer’s line, the more walks went that way; faint dashed
          lines, none. Each step says how many reached it.
        </p>
        <div
          className="map-scroll"
          role="region"
          aria-label="The traffic map, which scrolls"
          tabIndex={0}
        >
          <MapDiagram
            layout={loaded.layout}
            label={`Map of the Error ${report.error.code} guide, by traffic`}
            traffic={trafficOf(report)}
          />
        </div>
      </section>
    ) : (
      <p className="muted">The map could not load: the tables below give the same figures.</p>
    ),
  );
}
