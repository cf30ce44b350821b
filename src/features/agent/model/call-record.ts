import type { Walk } from '../../engine/index.ts';
import { stepKey } from './step-numbers.ts';

/**
 * The record of one support call, private to this browser. Pure data and pure updates: the
 * store (call-store.ts) holds it and persists it. Steps are keyed by step number + node id
 * (`3:clear-ssl`), so going Back and reaching the same step again updates it, while a different
 * answer that leads elsewhere gets its own entry and nothing already written is lost.
 */
export type FixOutcome = 'fixed' | 'not-fixed';

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

export const isEmptyRecord = (record: CallRecord): boolean => record.startedAt === null;

/**
 * Notes that a step was reached at `now`, and the answer or fix outcome that led to it (the last
 * choice of the walk). Returns the same object when there is nothing new, or when the record
 * belongs to another error.
 */
export function recordReached(
  record: CallRecord,
  slug: string,
  walked: Walk,
  now: number,
): CallRecord {
  if (!belongsTo(record, slug)) return record;
  const number = walked.path.length + 1;
  const key = stepKey(number, walked.current.id);
  const seen = record.reached[key];
  let next: CallRecord = {
    ...record,
    startedAt: record.startedAt ?? now,
    slug,
    reached: {
      ...record.reached,
      [key]: seen
        ? { ...seen, lastAt: now }
        : { number, nodeId: walked.current.id, firstAt: now, lastAt: now },
    },
  };
  const last = walked.path.at(-1);
  if (!last) return next;
  const lastKey = stepKey(number - 1, last.node.id);
  const base = { number: number - 1, nodeId: last.node.id, at: now };
  if (last.node.kind === 'fix') {
    const outcome: FixOutcome = last.choiceIndex === 0 ? 'fixed' : 'not-fixed';
    if (record.outcomes[lastKey]?.outcome !== outcome) {
      next = { ...next, outcomes: { ...next.outcomes, [lastKey]: { ...base, outcome } } };
    }
  } else if (record.answers[lastKey]?.choiceIndex !== last.choiceIndex) {
    const given = { ...base, choiceIndex: last.choiceIndex, label: last.choice.label };
    next = { ...next, answers: { ...next.answers, [lastKey]: given } };
  }
  return next;
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
