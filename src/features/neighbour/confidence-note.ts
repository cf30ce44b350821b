import { assertNever } from '../../engine/index.ts';
import type { NeighbourError } from '../../content/types.ts';

export interface ConfidenceNote {
  /** `warning` notes are shown as a notice; `plain` ones as a quiet line. */
  readonly tone: 'plain' | 'warning';
  readonly title: string;
  readonly text: string;
}

/**
 * The line before "Where to go": Intuit's own page where there is one; where there is none, a
 * plain way to ask Intuit (a search link that may be dead would send people to web search).
 */
export function whereToGoLead(entry: Pick<NeighbourError, 'confidence' | 'inGuide'>): string {
  const official = entry.confidence === 'intuit';
  if (entry.inGuide)
    return official
      ? 'Intuit’s own help for this code:'
      : 'We found no page of Intuit’s own on this code. To ask Intuit directly:';
  return official
    ? 'We don’t give our own fix for this code. Intuit’s help covers it:'
    : 'We don’t give our own fix for this code, and we found no page of Intuit’s own on it. To ask Intuit directly:';
}

/** How sure we are about a neighbouring code, in words a worried owner can weigh. */
export function confidenceNote(confidence: NeighbourError['confidence']): ConfidenceNote {
  switch (confidence) {
    case 'intuit':
      return {
        tone: 'plain',
        title: 'From Intuit’s own help.',
        text: 'This page follows what Intuit says about this code.',
      };
    case 'third-party':
      return {
        tone: 'warning',
        title: 'Commonly reported; not confirmed by Intuit.',
        text: 'We found this on other troubleshooting sites, not in Intuit’s help. Check Intuit’s own help before you act on it.',
      };
    case 'third-party-low':
      return {
        tone: 'warning',
        title: 'Rarely reported; not confirmed by Intuit.',
        text: 'Only a few other sites describe this code, and they may be wrong. Go by Intuit’s own help.',
      };
    default:
      return assertNever(confidence);
  }
}
