import type { GuidedError } from '../../content/types.ts';
import { choicesOf } from '../../engine/index.ts';
import type { EventMode, OutcomeEvent, TrackedEvent } from '../../lib/events/event-types.ts';

/**
 * The events of one plausible walk through a real tree: started, each step reached, an answer
 * at each (picked by `pick`), "Did this fix it?" at fixes, "Was this helpful?" at the end.
 * For tests and the load test; every event is valid against the content.
 */
export function sampleWalk(
  entry: GuidedError,
  walk: string,
  options: {
    readonly mode?: EventMode;
    readonly pick?: (choices: number, step: number) => number;
  } = {},
): OutcomeEvent[] {
  const mode = options.mode ?? 'owner';
  const pick = options.pick ?? ((choices, step) => (step * 7 + walk.charCodeAt(0)) % choices);
  const nodes = new Map(entry.tree.nodes.map((n) => [String(n.id), n]));
  const events: TrackedEvent[] = [{ kind: 'guide-started', error: entry.slug, mode }];
  let node = nodes.get(entry.tree.start);
  for (let step = 0; node && step < 12; step++) {
    events.push({ kind: 'node-reached', error: entry.slug, mode, node: node.id });
    const choices = choicesOf(node);
    if (choices.length === 0) {
      events.push({
        kind: 'helpful',
        error: entry.slug,
        mode,
        node: node.id,
        helpful: step % 2 === 0,
      });
      break;
    }
    const choice = pick(choices.length, step);
    events.push({ kind: 'answer', error: entry.slug, mode, node: node.id, choice });
    if (node.kind === 'fix') {
      events.push({
        kind: 'fix-outcome',
        error: entry.slug,
        mode,
        node: node.id,
        fixed: choice === 0,
      });
    }
    node = nodes.get(choices[choice]?.next ?? '');
  }
  return events.map((event, seq) => ({ ...event, walk, seq }));
}

/** A walk id as the browser makes them (22 base64url characters), from a number. */
export const walkIdOf = (n: number, salt = 'w'): string =>
  `${salt}${n.toString(36)}`.padEnd(22, '_').slice(0, 22);
