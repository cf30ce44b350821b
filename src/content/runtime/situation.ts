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

/**
 * The session a link to cause `index`'s fix carries: the situation recorded as chosen, standing
 * for the answers it implies (they were not given one by one). Every link that takes a person
 * straight to a cause's fix uses it, so no record shows those answers as given.
 */
export function situationSession(causes: GuidedError['causes'], index: number): Session {
  const answers = causes[index]?.soundsLike.answers ?? [];
  return { answers, situation: { index, implied: answers.length } };
}
