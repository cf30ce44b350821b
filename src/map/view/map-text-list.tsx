import { useId } from 'react';
import type { NodeId } from '../../engine/index.ts';
import { kindWord } from '../model/kind-words.ts';
import type { MapGraph } from '../model/map-graph.ts';
import type { MapMarks } from './map-diagram.tsx';
import {
  ANSWER_TAKEN_TEXT,
  choseTagText,
  EDGE_ID_ATTR,
  HERE_TEXT,
  MARK,
  NODE_ID_ATTR,
  TAG_CLASS,
} from './map-marks.ts';
import { mapOutline, type OutlineAnswer, type OutlineItem } from './map-outline.ts';
import './map.css';

export interface MapTextListProps {
  /** A map graph, or a laid-out map (which is one). */
  readonly graph: MapGraph;
  /** The same links as the diagram: each node's step, where it has one. */
  readonly hrefFor?: (id: NodeId) => string | undefined;
  readonly marks?: MapMarks;
}

interface Context {
  readonly anchor: (id: NodeId) => string;
  readonly hrefFor: ((id: NodeId) => string | undefined) | undefined;
  readonly pathNodes: ReadonlySet<string>;
  readonly pathEdges: ReadonlySet<string>;
  readonly choseNodes: ReadonlySet<string>;
  readonly choseEdges: ReadonlySet<string>;
  readonly choseText: string | undefined;
  readonly current: NodeId | undefined;
}

const classes = (...names: readonly (string | false | undefined)[]): string =>
  names.filter(Boolean).join(' ');

/** A tag after an answer or a step (" Your answer", " Chose: …", " You are here"); the page's script adds the same. */
function Tag({ text }: { readonly text: string }) {
  return (
    <>
      {' '}
      <strong className={TAG_CLASS}>{text}</strong>
    </>
  );
}

const WHERE = { up: 'further up', down: 'further down' } as const;

function Answer({
  answer,
  context,
}: {
  readonly answer: OutlineAnswer;
  readonly context: Context;
}) {
  const { edge } = answer;
  const taken = context.pathEdges.has(edge.id);
  const chose = context.choseEdges.has(edge.id);
  const said = (
    <span className="map-list__said">
      If “{edge.label}”:{taken && <Tag text={ANSWER_TAKEN_TEXT} />}
      {chose && <Tag text={choseTagText(context.choseText)} />}
    </span>
  );
  const className = classes('map-list__answer', taken && MARK.edgeOnPath, chose && MARK.edgeChosen);
  const attrs = { className, [EDGE_ID_ATTR]: edge.id };
  if (answer.kind === 'nested') {
    return (
      <li {...attrs}>
        {said}
        <ul className="map-list">
          <Item item={answer.item} context={context} />
        </ul>
      </li>
    );
  }
  const again = edge.retry ? ' (try again)' : '';
  return (
    <li {...attrs}>
      {said}{' '}
      {answer.where === 'same' ? (
        <>this step again{again}</>
      ) : (
        <>
          go to <a href={`#${context.anchor(answer.target.id)}`}>{answer.target.title}</a>,{' '}
          {WHERE[answer.where]}
          {again}
        </>
      )}
    </li>
  );
}

function Item({ item, context }: { readonly item: OutlineItem; readonly context: Context }) {
  const { node } = item;
  const href = context.hrefFor?.(node.id);
  const current = node.id === context.current;
  const kind =
    node.sourceStep === undefined ? kindWord(node.kind) : `Fix, repair step ${node.sourceStep}`;
  const className = classes(
    'map-list__item',
    `map-list__item--${node.kind}`,
    context.pathNodes.has(node.id) && MARK.nodeOnPath,
    context.choseNodes.has(node.id) && MARK.nodeChosen,
    current && MARK.current,
    !href && MARK.unreachable,
  );
  return (
    <li className={className} id={context.anchor(node.id)} {...{ [NODE_ID_ATTR]: node.id }}>
      <p className="map-list__step">
        <span className="map-list__kind">{kind}</span>{' '}
        {href ? (
          <a className="map-list__link" href={href} aria-current={current ? 'step' : undefined}>
            {node.title}
          </a>
        ) : (
          <span className="map-list__link">{node.title}</span>
        )}
        {current && <Tag text={HERE_TEXT} />}
      </p>
      {item.answers.length > 0 && (
        <ul className="map-list__answers">
          {item.answers.map((answer) => (
            <Answer key={answer.edge.id} answer={answer} context={context} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The text version of the map: every step once, as a nested list of steps and the answers that
 * lead on from them, with the same links as the diagram. Answers that lead to a step listed
 * elsewhere link to it in the list.
 */
export function MapTextList({ graph, hrefFor, marks }: MapTextListProps) {
  const prefix = useId();
  const outline = mapOutline(graph);
  if (!outline) return null;
  const context: Context = {
    anchor: (id) => `${prefix}-${id}`.replace(/[^a-zA-Z0-9_-]/g, ''),
    hrefFor,
    pathNodes: new Set(marks?.pathNodes ?? []),
    pathEdges: new Set(marks?.pathEdges ?? []),
    choseNodes: new Set(marks?.choseNodes ?? []),
    choseEdges: new Set(marks?.choseEdges ?? []),
    choseText: marks?.choseText,
    current: marks?.current,
  };
  return (
    <ul className="map-list map-list--root">
      <Item item={outline} context={context} />
    </ul>
  );
}
