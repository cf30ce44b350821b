import { Fragment } from 'react';
import type { NodeId } from '../../engine/index.ts';
import { captionOf } from '../model/kind-words.ts';
import type { LaidOutEdge, LaidOutNode, MapLayout } from '../model/map-layout.ts';
import { arrowheadPoints, edgePathData } from './edge-geometry.ts';
import { EDGE_ID_ATTR, HERE_CLASS, HERE_TEXT, hereTab, MARK, NODE_ID_ATTR } from './map-marks.ts';
import type { MapTraffic, TrafficMark } from './map-traffic.ts';
import { NodeShape } from './node-shape.tsx';
import { captionLine, labelLines, titleLines, type TextLine } from './text-lines.ts';
import './map.css';

/**
 * Where someone is on the map: the answers they took, the route a situation they chose stood
 * for (not answers), and the step they are on.
 */
export interface MapMarks {
  readonly current?: NodeId;
  readonly pathNodes?: readonly NodeId[];
  readonly pathEdges?: readonly string[];
  readonly choseNodes?: readonly NodeId[];
  readonly choseEdges?: readonly string[];
  /** The situation chosen, in the guide's words (the text list says it). */
  readonly choseText?: string | undefined;
}

export interface MapDiagramProps {
  readonly layout: MapLayout;
  /** The diagram's accessible name, e.g. "Map of the Error 102 guide". */
  readonly label: string;
  /** The link for each node (its step); a node without one is drawn as plain text. */
  readonly hrefFor?: (id: NodeId) => string | undefined;
  readonly marks?: MapMarks;
  /** How busy each step and answer was (the insights page): coloured and said in words. */
  readonly traffic?: MapTraffic;
}

/**
 * Wrapped lines, each placed on its own, with a space between them outside the lines (so the
 * words do not run together when read as text, and no underline runs under the space).
 */
function Lines({ lines }: { readonly lines: readonly TextLine[] }) {
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 && ' '}
      <tspan x={line.x} y={line.y}>
        {line.text}
      </tspan>
    </Fragment>
  ));
}

const classes = (...names: readonly (string | false | undefined)[]): string =>
  names.filter(Boolean).join(' ');

function Edge({
  edge,
  onPath,
  chose,
  traffic,
}: {
  readonly edge: LaidOutEdge;
  readonly onPath: boolean;
  /** A situation chosen stood for this answer: drawn as the route, not as an answer given. */
  readonly chose: boolean;
  readonly traffic: TrafficMark | undefined;
}) {
  return (
    <g
      className={classes(
        'map-edge',
        edge.retry && 'map-edge--retry',
        onPath && MARK.edgeOnPath,
        chose && MARK.edgeChosen,
        traffic && `map-heat-${traffic.level}`,
      )}
      {...{ [EDGE_ID_ATTR]: edge.id }}
    >
      {traffic && <title>{`${edge.label}: ${traffic.text}`}</title>}
      <path className="map-edge__line" d={edgePathData(edge.points)} />
      <polygon className="map-edge__head" points={arrowheadPoints(edge.points)} />
      <rect className="map-edge__label-box" {...boxAttrs(edge.labelBox)} rx={3} />
      <text className="map-edge__label">
        <Lines lines={labelLines(edge.labelBox, edge.labelBox.lines)} />
      </text>
    </g>
  );
}

const boxAttrs = (box: { x: number; y: number; width: number; height: number }) => ({
  x: box.x,
  y: box.y,
  width: box.width,
  height: box.height,
});

interface NodeProps {
  readonly node: LaidOutNode;
  readonly href: string | undefined;
  readonly onPath: boolean;
  readonly chose: boolean;
  readonly current: boolean;
  readonly traffic: TrafficMark | undefined;
}

function Node({ node, href, onPath, chose, current, traffic }: NodeProps) {
  const kind = captionOf(node);
  // With traffic (the insights page), the caption says the figure too: "Question · 12 reached".
  const caption = traffic ? `${kind} · ${traffic.text}` : kind;
  const className = classes(
    'map-node',
    `map-node--${node.kind}`,
    node.sourceStep !== undefined && 'map-node--source',
    onPath && MARK.nodeOnPath,
    chose && MARK.nodeChosen,
    current && MARK.current,
    !href && !traffic && MARK.unreachable,
    traffic && `map-heat-${traffic.level}`,
  );
  const parts = (
    <>
      <rect
        className="map-node__focus"
        x={node.x - 5}
        y={node.y - 5}
        width={node.width + 10}
        height={node.height + 10}
        rx={6}
      />
      <NodeShape kind={node.kind} box={node} />
      <text className="map-node__caption" {...xy(captionLine(node, caption))}>
        {caption}
      </text>
      <text className="map-node__title">
        <Lines lines={titleLines(node, node.lines)} />
      </text>
    </>
  );
  const attrs = { className, [NODE_ID_ATTR]: node.id };
  return href ? (
    <a
      {...attrs}
      href={href}
      aria-label={`${caption}: ${node.title}`}
      aria-current={current ? 'step' : undefined}
    >
      {parts}
    </a>
  ) : (
    <g {...attrs}>{parts}</g>
  );
}

const xy = (line: { x: number; y: number }) => ({ x: line.x, y: line.y });

function HereTab({ node }: { readonly node: LaidOutNode }) {
  const tab = hereTab(node);
  return (
    <g className={HERE_CLASS} aria-hidden="true">
      <rect {...boxAttrs(tab)} rx={4} />
      <text x={tab.textX} y={tab.textY}>
        {HERE_TEXT}
      </text>
    </g>
  );
}

/**
 * A laid-out map as SVG: edges with their answers underneath, then the nodes in reading order
 * (so Tab moves top to bottom), each a link to its step when it has one. The answers' text is
 * hidden from screen readers here: the list beside the map says the same in order.
 */
export function MapDiagram({ layout, label, hrefFor, marks, traffic }: MapDiagramProps) {
  const pathNodes = new Set(marks?.pathNodes ?? []);
  const pathEdges = new Set(marks?.pathEdges ?? []);
  const choseNodes = new Set(marks?.choseNodes ?? []);
  const choseEdges = new Set(marks?.choseEdges ?? []);
  const current = layout.nodes.find((node) => node.id === marks?.current);
  return (
    <svg
      className="map-svg"
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      role="group"
      aria-label={label}
    >
      <g className="map-edges" aria-hidden="true">
        {layout.edges.map((edge) => (
          <Edge
            key={edge.id}
            edge={edge}
            onPath={pathEdges.has(edge.id)}
            chose={choseEdges.has(edge.id)}
            traffic={traffic?.edges.get(edge.id)}
          />
        ))}
      </g>
      <g className="map-nodes">
        {layout.nodes.map((node) => (
          <Node
            key={node.id}
            node={node}
            href={hrefFor?.(node.id)}
            onPath={pathNodes.has(node.id)}
            chose={choseNodes.has(node.id)}
            current={node.id === current?.id}
            traffic={traffic?.nodes.get(node.id)}
          />
        ))}
      </g>
      {current && <HereTab node={current} />}
    </svg>
  );
}
