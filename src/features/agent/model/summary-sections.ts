/**
 * The sections of the call summary, each a small pure function of the same input: the engine's
 * step model (route, outcomes, step numbers), the call record and a clock. Plain text only.
 */
import {
  asNodeId,
  assertNever,
  type FixOutcome,
  type StepModel,
  type TreeNode,
} from '../../../engine/index.ts';
import { dateTime, duration, timeOfDay, type Clock } from '../../../lib/clock.ts';
import { field, wrap } from '../../../lib/plain-text.ts';
import type { CallRecord } from './call-record.ts';
import { stepKey, stepText } from './step-key.ts';

export interface SummaryInput {
  readonly error: { readonly code: string; readonly title: string };
  /** The engine's model of the step on screen. */
  readonly model: StepModel;
  readonly record: CallRecord;
  /** The current step in owner view (no agent mode), as an absolute URL. */
  readonly ownerUrl: string;
  readonly clock: Clock;
  /** The ticket or case id the firm's page gave (embedded with `data-context`), as text. */
  readonly context?: string | undefined;
  /** The "sounds like me" situation the caller chose, standing for the questions it skipped. */
  readonly chose?: string | undefined;
}

const INDENT = ' '.repeat(8);

/** A step's title line ("Step 3  Clear the cache") and its detail under it. */
const entry = (number: number, title: string, detail: string): string[] => [
  ...wrap(title, `${stepText(number).padEnd(7)} `, INDENT),
  ...wrap(detail, INDENT, INDENT),
];

/** " (at 13:05)", or nothing: a missing time is said once for the summary (see `untimed`). */
const at = (clock: Clock, time: number | undefined): string =>
  time === undefined ? '' : ` (at ${timeOfDay(clock, time)})`;

const outcomeText = (outcome: FixOutcome): string => (outcome === 'fixed' ? 'fixed' : 'not fixed');

const titleOf = (model: StepModel, nodeId: string): string =>
  model.tree.nodes.get(asNodeId(nodeId))?.title ?? nodeId;

function endKind(node: TreeNode): string {
  switch (node.kind) {
    case 'resolved':
      return 'resolved';
    case 'escalation':
      return 'escalation';
    case 'question':
    case 'fix':
    case 'wait':
      return 'still in progress';
    default:
      return assertNever(node);
  }
}

/** The keys of the steps on the route on screen, the step on screen included. */
function routeKeys(model: StepModel): Set<string> {
  return new Set([
    ...model.route.map((step) => stepKey(step.stepNumber, step.node.id)),
    stepKey(model.progress.step, model.node.id),
  ]);
}

/** Error, start, length, when made, and where the call is now. */
export function facts({ error, model, record, clock, context }: SummaryInput): string[] {
  const started = record.startedAt;
  // Titles usually start "Error 202: ..."; otherwise the code goes first.
  const name = error.title.startsWith(`Error ${error.code}`)
    ? error.title
    : `${error.code} - ${error.title}`;
  const where = `${stepText(model.progress.step)}, ${model.node.title} (${endKind(model.node)})`;
  return [
    ...(context === undefined ? [] : field('Ticket or case', context)),
    ...field('Error', name),
    ...field('Call started', started === null ? 'not recorded' : dateTime(clock, started)),
    ...field(
      'Call length',
      started === null ? 'not recorded' : `${duration(clock.now - started)} so far`,
    ),
    ...field('Summary made', dateTime(clock, clock.now)),
    ...field('Where it ended', where),
  ];
}

/** Each answer on the route (fix outcomes are not answers), with when it was given. */
export function answersGiven({ model, record, clock, chose }: SummaryInput): string[] {
  const situation = chose === undefined ? [] : wrap(`Chose: ${chose}`, '', INDENT);
  return [
    ...situation,
    ...model.route.flatMap((step) => {
      if (step.outcome !== undefined) return [];
      const given = record.answers[stepKey(step.stepNumber, step.node.id)];
      return entry(
        step.stepNumber,
        step.node.title,
        `Answer: ${step.choice.label}${at(clock, given?.at)}`,
      );
    }),
  ];
}

/** Each fix on the route with its outcome, and the fix on screen, not reported yet. */
export function stepsTried({ model, record, clock }: SummaryInput): string[] {
  const tried = model.route.flatMap((step) => {
    if (step.outcome === undefined) return [];
    const fix = record.outcomes[stepKey(step.stepNumber, step.node.id)];
    const detail = `Outcome: ${outcomeText(step.outcome)}${at(clock, fix?.at)}`;
    return entry(step.stepNumber, step.node.title, detail);
  });
  const onScreen =
    model.node.kind === 'fix'
      ? entry(model.progress.step, model.node.title, 'Outcome: not reported yet (on screen now)')
      : [];
  return [...tried, ...onScreen];
}

/** How many answers, and how many fix outcomes, on the route have no time (see `at`). */
export function untimed({ model, record }: SummaryInput): {
  readonly answers: number;
  readonly outcomes: number;
} {
  const missing = model.route.filter((step) => {
    const key = stepKey(step.stepNumber, step.node.id);
    return (step.outcome === undefined ? record.answers[key] : record.outcomes[key]) === undefined;
  });
  const outcomes = missing.filter((step) => step.outcome !== undefined).length;
  return { answers: missing.length - outcomes, outcomes };
}

/** Fixes tried on a route that Back has since left, in the order they were tried. */
export function undoneFixes({ model, record, clock }: SummaryInput): string[] {
  const onRoute = routeKeys(model);
  return Object.entries(record.outcomes)
    .filter(([key]) => !onRoute.has(key))
    .sort(([, a], [, b]) => a.at - b.at)
    .flatMap(([, fix]) =>
      entry(
        fix.number,
        `${titleOf(model, fix.nodeId)} (earlier route)`,
        `Outcome: ${outcomeText(fix.outcome)}${at(clock, fix.at)}`,
      ),
    );
}

/** Every note, in the order its step was first reached; notes of earlier routes say so. */
export function notes({ model, record }: SummaryInput): string[] {
  const onRoute = routeKeys(model);
  const reachedOrder = Object.entries(record.reached)
    .sort(([, a], [, b]) => a.firstAt - b.firstAt || a.number - b.number)
    .map(([key]) => key);
  const keys = [
    ...reachedOrder.filter((key) => key in record.notes),
    ...Object.keys(record.notes)
      .filter((key) => !(key in record.reached))
      .sort(),
  ];
  return keys.flatMap((key) => {
    const [number = '?', ...rest] = key.split(':');
    const where = onRoute.has(key) ? '' : ' (earlier route)';
    return [
      ...wrap(
        `${titleOf(model, rest.join(':'))}${where}`,
        `Step ${number}`.padEnd(7) + ' ',
        INDENT,
      ),
      ...wrap(record.notes[key] ?? '', INDENT, INDENT),
    ];
  });
}
