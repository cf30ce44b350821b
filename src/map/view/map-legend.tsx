import type { ReactNode } from 'react';
import type { NodeKind } from '../../engine/index.ts';
import { kindWord } from '../model/kind-words.ts';
import { HERE_TEXT, MARK } from './map-marks.ts';
import { NodeShape } from './node-shape.tsx';
import './map.css';

const KINDS: readonly NodeKind[] = ['question', 'fix', 'wait', 'escalation', 'resolved'];
const SAMPLE = { x: 2, y: 2, width: 40, height: 22 };

function Sample({ children }: { readonly children: ReactNode }) {
  return (
    <svg
      className="map-legend__sample"
      viewBox="0 0 44 26"
      width="44"
      height="26"
      aria-hidden="true"
    >
      {children}
    </svg>
  );
}

function LineSample({ className }: { readonly className: string }) {
  return (
    <Sample>
      <g className={className}>
        <path className="map-edge__line" d="M2,13 L34,13" />
        <polygon className="map-edge__head" points="42,13 33,8.5 33,17.5" />
      </g>
    </Sample>
  );
}

export interface MapLegendProps {
  /** Show the key for "repair step" fixes (when the map has any). */
  readonly sourceSteps: boolean;
  /**
   * The key for the path taken and the current step: shown, left out, or present but hidden
   * (the map page's script shows it when a session is read).
   */
  readonly pathKey: 'shown' | 'hidden' | 'none';
}

/** What the shapes and lines mean. Shapes differ by outline, not by colour alone. */
export function MapLegend({ sourceSteps, pathKey }: MapLegendProps) {
  return (
    <ul className="map-legend" aria-label="Key to the map">
      {KINDS.map((kind) => (
        <li key={kind} className="map-legend__item">
          <Sample>
            <g className={`map-node map-node--${kind}`}>
              <NodeShape kind={kind} box={SAMPLE} />
            </g>
          </Sample>
          {kindWord(kind)}
        </li>
      ))}
      {sourceSteps && (
        <li className="map-legend__item">
          <Sample>
            <g className="map-node map-node--fix map-node--source">
              <NodeShape kind="fix" box={SAMPLE} />
            </g>
          </Sample>
          Repair from the guide’s source
        </li>
      )}
      <li className="map-legend__item">
        <LineSample className="map-edge" />
        An answer and where it leads
      </li>
      <li className="map-legend__item">
        <LineSample className="map-edge map-edge--retry" />
        Try again (leads back)
      </li>
      {pathKey !== 'none' && (
        <>
          <li className="map-legend__item" data-map-path-key hidden={pathKey === 'hidden'}>
            <LineSample className={`map-edge ${MARK.edgeOnPath}`} />
            Your answers so far
          </li>
          <li className="map-legend__item" data-map-chose-key hidden>
            <LineSample className={`map-edge ${MARK.edgeChosen}`} />
            The route a situation you chose led by (questions not asked)
          </li>
          <li className="map-legend__item" data-map-path-key hidden={pathKey === 'hidden'}>
            <span className="map-legend__here">{HERE_TEXT}</span>
            The step you are on
          </li>
          <li className="map-legend__item" data-map-path-key hidden={pathKey === 'hidden'}>
            <Sample>
              <g className={`map-node map-node--fix ${MARK.unreachable}`}>
                <NodeShape kind="fix" box={SAMPLE} />
              </g>
            </Sample>
            A step your answers do not lead to (not a link)
          </li>
        </>
      )}
    </ul>
  );
}
