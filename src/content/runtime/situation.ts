import type { Session } from '../../engine/index.ts';
import type { GuidedError } from '../types.ts';

/**
 * The "sounds like me" situation a session records as chosen, in the guide's own words, or
 * undefined when the session has none (or names one the guide does not have).
 */
export function situationChosen(
  causes: GuidedError['causes'],
  session: Session,
): string | undefined {
  const index = session.situation?.index;
  return index === undefined ? undefined : causes[index]?.soundsLike.text;
}
