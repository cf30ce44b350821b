import type { FixOutcome, StepModel } from '../../../engine/index.ts';
import { stepKey } from './step-key.ts';

/**
 * The record of one support call, private to this browser. Pure data and pure updates: the
 * store (state/call-store.ts) holds it and persists it. Steps are keyed by step number + node
 * id (see step-key.ts), so nothing already written is lost when the route changes.
 */
export interface ReachedStep {
  readonly number: number;
  readonly nodeId: string;
  readonly firstAt: number;
  readonly lastAt: number;
}

export interface GivenAnswer {
  readonly number: number;
  readonly nodeId: string;
  readonly choiceIndex: number;
  readonly label: string;
  readonly at: number;
}

export interface TriedFix {
  readonly number: number;
  readonly nodeId: string;
  readonly outcome: FixOutcome;
  readonly at: number;
}

export interface CallRecord {
  /** When the first step was reached or the first note typed; null before that. */
  readonly startedAt: number | null;
  /** The error this call is about; a record never mixes two errors. */
  readonly slug: string | null;
  readonly reached: Readonly<Record<string, ReachedStep>>;
  readonly answers: Readonly<Record<string, GivenAnswer>>;
  readonly outcomes: Readonly<Record<string, TriedFix>>;
  /** Plain text per step key, exactly as typed. */
  readonly notes: Readonly<Record<string, string>>;
}

/** What the record needs of the step on screen: the engine's step model. */
export type ReachedModel = Pick<StepModel, 'node' | 'progress' | 'route'>;

export const emptyRecord = (): CallRecord => ({
  startedAt: null,
  slug: null,
  reached: {},
  answers: {},
  outcomes: {},
  notes: {},
});

/** True when the record is empty or about `slug`: a step of another error must not be mixed in. */
export const belongsTo = (record: CallRecord, slug: string): boolean =>
  record.slug === null || record.slug === slug;

function withReached(
  record: CallRecord,
  slug: string,
  step: ReachedModel,
  now: number,
): CallRecord {
  const number = step.progress.step;
  const key = stepKey(number, step.node.id);
  const seen = record.reached[key];
  const reached: ReachedStep = seen
    ? { ...seen, lastAt: now }
    : { number, nodeId: step.node.id, firstAt: now, lastAt: now };
  return {
    ...record,
    startedAt: record.startedAt ?? now,
    slug,
    reached: { ...record.reached, [key]: reached },
  };
}

/** The key of the step a model shows ("2:q2"): what the store remembers as on screen. */
export const shownKey = (step: ReachedModel): string => stepKey(step.progress.step, step.node.id);

/**
 * The answer or fix outcome given on the screen before this one (the last of the route), only
 * when that screen was the one just shown here (`cameFrom`): answers that came in the link the
 * page was opened with were not given on this screen, so they get no time.
 */
function withLastChoice(
  record: CallRecord,
  step: ReachedModel,
  now: number,
  cameFrom: string | null,
): CallRecord {
  const last = step.route.at(-1);
  if (!last) return record;
  const key = stepKey(last.stepNumber, last.node.id);
  if (cameFrom !== key) return record;
  const base = { number: last.stepNumber, nodeId: last.node.id, at: now };
  if (last.outcome !== undefined) {
    if (record.outcomes[key]?.outcome === last.outcome) return record;
    return {
      ...record,
      outcomes: { ...record.outcomes, [key]: { ...base, outcome: last.outcome } },
    };
  }
  if (record.answers[key]?.choiceIndex === last.choiceIndex) return record;
  const given = { ...base, choiceIndex: last.choiceIndex, label: last.choice.label };
  return { ...record, answers: { ...record.answers, [key]: given } };
}

/**
 * Notes that a step was reached at `now`, and the answer or fix outcome that led to it when it
 * was taken on the step shown just before (`cameFrom`, its `shownKey`, or null when the page has
 * just opened). Returns the same object when the record belongs to another error.
 */
export function recordReached(
  record: CallRecord,
  slug: string,
  step: ReachedModel,
  now: number,
  cameFrom: string | null,
): CallRecord {
  if (!belongsTo(record, slug)) return record;
  return withLastChoice(withReached(record, slug, step, now), step, now, cameFrom);
}

/** Sets the note of one step (an empty note removes it). Starts the call clock if needed. */
export function setNote(record: CallRecord, key: string, text: string, now: number): CallRecord {
  const { [key]: _old, ...others } = record.notes;
  return {
    ...record,
    startedAt: record.startedAt ?? now,
    notes: text === '' ? others : { ...others, [key]: text },
  };
}
