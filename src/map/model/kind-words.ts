import { assertNever, type NodeKind } from '../../engine/index.ts';
import type { MapNode } from './map-graph.ts';

/** The word the map shows for each kind of step (legend, captions, the list, exports). */
export function kindWord(kind: NodeKind): string {
  switch (kind) {
    case 'question':
      return 'Question';
    case 'fix':
      return 'Fix';
    case 'wait':
      return 'Wait';
    case 'escalation':
      return 'Get expert help';
    case 'resolved':
      return 'Fixed';
    default:
      return assertNever(kind);
  }
}

/** The caption of one node: its kind, or which of the source's repair steps it is. */
export const captionOf = (node: MapNode): string =>
  node.sourceStep === undefined ? kindWord(node.kind) : `Repair ${node.sourceStep}`;
