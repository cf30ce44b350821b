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

/**
 * The call as plain text for a ticket: fixed-width friendly, no HTML, no markdown tables.
 * Pure: the same input always gives the same text.
 */
export function callSummary(input: SummaryInput): string {
  const undone = undoneFixes(input);
  const missing = untimed(input);
  const timeNote =
    missing === 0
      ? []
      : [
          '',
          ...wrap(
            missing === 1
              ? 'One answer above has no time: it was given before this call reached agent mode.'
              : `${missing} answers above have no time: they were given before this call reached agent mode.`,
            '',
            '',
          ),
        ];
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
