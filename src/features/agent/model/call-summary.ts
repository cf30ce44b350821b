import { fileStamp } from '../../../lib/file-stamp.ts';
import { heading, wrap } from '../../../lib/plain-text.ts';
import {
  answersGiven,
  facts,
  notes,
  stepsTried,
  undoneFixes,
  untimed,
  type SummaryInput,
} from './summary-sections.ts';

export type { SummaryInput };

/** A headed section, or the words for "nothing here". */
const section = (title: string, lines: readonly string[], none: string): string[] => [
  ...heading(title),
  ...(lines.length > 0 ? lines : [none]),
];

/** "2 answers", "one fix outcome" (`first`: "One ..."). */
const counted = (n: number, what: string, first: boolean): string =>
  n === 1 ? `${first ? 'One' : 'one'} ${what}` : `${n} ${what}s`;

/**
 * Said once, for the whole summary: how many answers and fix outcomes above have no time, because
 * they were given before this call reached agent mode (they came in the link).
 */
function untimedNote({ answers, outcomes }: ReturnType<typeof untimed>): string | undefined {
  const parts = [
    ...(answers > 0 ? [counted(answers, 'answer', true)] : []),
    ...(outcomes > 0 ? [counted(outcomes, 'fix outcome', answers === 0)] : []),
  ];
  if (parts.length === 0) return undefined;
  const one = answers + outcomes === 1;
  return `${parts.join(' and ')} above ${one ? 'has' : 'have'} no time: ${
    one ? 'it was' : 'they were'
  } given before this call reached agent mode.`;
}

/**
 * The call as plain text for a ticket: fixed-width friendly, no HTML, no markdown tables.
 * Pure: the same input always gives the same text.
 */
export function callSummary(input: SummaryInput): string {
  const undone = undoneFixes(input);
  const note = untimedNote(untimed(input));
  const timeNote = note === undefined ? [] : ['', ...wrap(note, '', '')];
  return [
    'Fixpath call summary',
    '====================',
    '',
    ...facts(input),
    '',
    ...section('Answers given', answersGiven(input), 'None yet.'),
    '',
    ...section('Steps tried', stepsTried(input), 'None yet.'),
    ...(undone.length > 0 ? ['', 'Also tried, then undone with Back:', ...undone] : []),
    ...timeNote,
    '',
    ...section('Notes', notes(input), 'No notes.'),
    '',
    ...heading('Link for the caller (owner view, same step)'),
    input.ownerUrl,
    '',
  ].join('\n');
}

/** `fixpath-call-202-2026-11-21-1305.txt`, in the agent's local time. */
export function summaryFileName(slug: string, at: Date): string {
  const safeSlug = slug.replace(/[^a-z0-9-]/gi, '') || 'error';
  return `fixpath-call-${safeSlug}-${fileStamp(at)}.txt`;
}
