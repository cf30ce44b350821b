import type { OutcomeEvent } from '../../lib/events/event-types.ts';
import type { EventRow } from '../db/event-store.ts';
import { choiceCount, isEnding, type Catalogue } from './content-catalogue.ts';
import { batchSchema } from './event-schema.ts';

export type BatchCheck =
  | { readonly ok: true; readonly rows: readonly EventRow[] }
  | { readonly ok: false; readonly problems: readonly string[] };

const MAX_PROBLEMS = 5;

/** What is wrong with one event against the content, or undefined when it is right. */
function contentProblem(event: OutcomeEvent, catalogue: Catalogue): string | undefined {
  const entry = catalogue.error(event.error);
  if (!entry) return `"${event.error}" is not a guided error`;
  if (event.kind === 'guide-started' || event.kind === 'start-over') return undefined;
  if (event.kind === 'deadline-lane') return undefined;
  if (event.kind === 'situation-chosen') {
    return event.situation < entry.causes.length
      ? undefined
      : `situation ${event.situation} is out of range (${event.error} has ${entry.causes.length})`;
  }
  const node = catalogue.node(event.error, event.node);
  if (!node) return `"${event.node}" is not a step of ${event.error}`;
  switch (event.kind) {
    case 'node-reached':
    case 'back':
      return undefined;
    case 'answer-changed':
      return choiceCount(node) > 0 ? undefined : `"${event.node}" has no answers to change`;
    case 'answer':
      return event.choice < choiceCount(node)
        ? undefined
        : `choice ${event.choice} is out of range ("${event.node}" has ${choiceCount(node)})`;
    case 'fix-outcome':
      return node.kind === 'fix' ? undefined : `"${event.node}" is not a fix`;
    case 'helpful':
      return isEnding(node) ? undefined : `"${event.node}" is not an ending`;
  }
}

function toRow(event: OutcomeEvent): EventRow {
  const common = { error: event.error, walk: event.walk, seq: event.seq, mode: event.mode };
  switch (event.kind) {
    case 'guide-started':
    case 'start-over':
    case 'deadline-lane':
      return { ...common, kind: event.kind, node: null, choice: null, yes: null };
    case 'situation-chosen':
      // The situation's place in the error's list, in the column answers use for theirs.
      return { ...common, kind: event.kind, node: null, choice: event.situation, yes: null };
    case 'node-reached':
    case 'back':
    case 'answer-changed':
      return { ...common, kind: event.kind, node: event.node, choice: null, yes: null };
    case 'answer':
      return { ...common, kind: event.kind, node: event.node, choice: event.choice, yes: null };
    case 'fix-outcome':
      return { ...common, kind: event.kind, node: event.node, choice: null, yes: event.fixed };
    case 'helpful':
      return { ...common, kind: event.kind, node: event.node, choice: null, yes: event.helpful };
  }
}

/**
 * Parses a request body into rows to store, or says what is wrong. One wrong event refuses the
 * whole batch, so a refused request changes nothing.
 */
export function validateBatch(text: string, catalogue: Catalogue): BatchCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['the body is not JSON'] };
  }
  const parsed = batchSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, MAX_PROBLEMS)
        .map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`),
    };
  }
  const problems = parsed.data.events
    .map((event, index) => {
      const problem = contentProblem(event, catalogue);
      return problem ? `events.${index}: ${problem}` : undefined;
    })
    .filter((p): p is string => p !== undefined);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  return { ok: true, rows: parsed.data.events.map(toRow) };
}
