import { asNodeId, assertNever, type Tree, type TreeNode, type Walk } from '../../engine/index.ts';
import type { CallRecord, FixOutcome } from './call-record.ts';
import { dateTime, duration, timeOfDay, type Clock } from '../../lib/clock.ts';
import { field, heading, wrap } from '../../lib/plain-text.ts';
import { stepKey, stepLabels, stepText } from './step-numbers.ts';

export interface SummaryInput {
  readonly error: { readonly code: string; readonly title: string };
  readonly tree: Tree;
  /** The route on screen now (engine `walk` of the URL's session). */
  readonly walked: Walk;
  readonly record: CallRecord;
  /** The current step in owner view (no agent mode), as an absolute URL. */
  readonly ownerUrl: string;
  readonly clock: Clock;
}

const INDENT = ' '.repeat(8);
const stepColumn = (number: number): string => `${stepText(number)}`.padEnd(7) + ' ';

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

const outcomeText = (outcome: FixOutcome): string => (outcome === 'fixed' ? 'fixed' : 'not fixed');

const at = (clock: Clock, time: number | undefined): string =>
  time === undefined ? '(time not recorded)' : `(at ${timeOfDay(clock, time)})`;

const entry = (number: number, title: string, detail: string): string[] => [
  ...wrap(title, stepColumn(number), INDENT),
  ...wrap(detail, INDENT, INDENT),
];

/**
 * The call as plain text for a ticket: fixed-width friendly, no HTML, no markdown tables.
 * Pure: the same input always gives the same text.
 */
export function callSummary(input: SummaryInput): string {
  const { error, tree, walked, record, clock } = input;
  const labels = stepLabels(walked);
  const onRoute = new Set<string>(labels.map((label) => label.key));
  const current = labels[labels.length - 1];
  const titleOf = (nodeId: string): string => tree.nodes.get(asNodeId(nodeId))?.title ?? nodeId;

  const answers: string[] = [];
  const tried: string[] = [];
  walked.path.forEach((step, index) => {
    const number = index + 1;
    const key = stepKey(number, step.node.id);
    if (step.node.kind === 'fix') {
      const outcome = outcomeText(step.choiceIndex === 0 ? 'fixed' : 'not-fixed');
      tried.push(
        ...entry(
          number,
          step.node.title,
          `Outcome: ${outcome} ${at(clock, record.outcomes[key]?.at)}`,
        ),
      );
    } else {
      answers.push(
        ...entry(
          number,
          step.node.title,
          `Answer: ${step.choice.label} ${at(clock, record.answers[key]?.at)}`,
        ),
      );
    }
  });
  if (current?.node.kind === 'fix') {
    tried.push(
      ...entry(current.number, current.node.title, 'Outcome: not reported yet (on screen now)'),
    );
  }
  const earlier = Object.entries(record.outcomes)
    .filter(([key]) => !onRoute.has(key))
    .sort(([, a], [, b]) => a.at - b.at)
    .flatMap(([, fix]) =>
      entry(
        fix.number,
        `${titleOf(fix.nodeId)} (earlier route)`,
        `Outcome: ${outcomeText(fix.outcome)} ${at(clock, fix.at)}`,
      ),
    );

  const reachedOrder = Object.entries(record.reached)
    .sort(([, a], [, b]) => a.firstAt - b.firstAt || a.number - b.number)
    .map(([key]) => key);
  const noteKeys = [
    ...reachedOrder.filter((key) => key in record.notes),
    ...Object.keys(record.notes)
      .filter((key) => !(key in record.reached))
      .sort(),
  ];
  const notes = noteKeys.flatMap((key) => {
    const [number = '?', ...rest] = key.split(':');
    const nodeId = rest.join(':');
    const where = onRoute.has(key) ? '' : ' (earlier route)';
    return [
      ...wrap(`${titleOf(nodeId)}${where}`, `Step ${number}`.padEnd(7) + ' ', INDENT),
      ...wrap(record.notes[key] ?? '', INDENT, INDENT),
    ];
  });

  const started = record.startedAt;
  const lines = [
    'Fixpath call summary',
    '====================',
    '',
    // Titles usually start "Error 202: ..."; otherwise the code goes first.
    ...field(
      'Error',
      error.title.startsWith(`Error ${error.code}`)
        ? error.title
        : `${error.code} - ${error.title}`,
    ),
    ...field('Call started', started === null ? 'not recorded' : dateTime(clock, started)),
    ...field(
      'Call length',
      started === null ? 'not recorded' : `${duration(clock.now - started)} so far`,
    ),
    ...field('Summary made', dateTime(clock, clock.now)),
    ...(current
      ? field(
          'Where it ended',
          `${current.label}, ${current.node.title} (${endKind(current.node)})`,
        )
      : []),
    '',
    ...heading('Answers given'),
    ...(answers.length ? answers : ['None yet.']),
    '',
    ...heading('Steps tried'),
    ...(tried.length ? tried : ['None yet.']),
    ...(earlier.length ? ['', 'Also tried, then undone with Back:', ...earlier] : []),
    '',
    ...heading('Notes'),
    ...(notes.length ? notes : ['No notes.']),
    '',
    ...heading('Link for the caller (owner view, same step)'),
    input.ownerUrl,
    '',
  ];
  return lines.join('\n');
}

/** `fixpath-call-202-2026-11-21-1305.txt`, in the agent's local time. */
export function summaryFileName(slug: string, at: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
  const safeSlug = slug.replace(/[^a-z0-9-]/gi, '') || 'error';
  return `fixpath-call-${safeSlug}-${date}-${two(at.getHours())}${two(at.getMinutes())}.txt`;
}
