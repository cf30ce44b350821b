import { describe, expect, it } from 'vitest';
import { stepModelOf, type StepModel } from '../../../engine/index.ts';
import { testTree } from '../../../engine/test-tree.ts';
import { emptyRecord, recordReached, setNote, shownKey, type CallRecord } from './call-record.ts';
import { callSummary, type SummaryInput } from './call-summary.ts';

function stepAt(answers: number[]): StepModel {
  const result = stepModelOf(testTree, { answers });
  if (!result.ok) throw new Error('bad test session');
  return result.value;
}

const at = (time: string): number => Date.parse(`2026-11-21T${time}Z`);
const error = { code: 'T1', title: 'Test error: the bank says no' };
const ownerUrl = 'https://fixpath.example/errors/t1/step/done?s=abcd-010';

function input(overrides: Partial<SummaryInput>): SummaryInput {
  return {
    error,
    model: stepAt([]),
    record: emptyRecord(),
    ownerUrl,
    clock: { now: at('13:15:00'), locale: 'en-GB', timeZone: 'UTC' },
    ...overrides,
  };
}

/** A call that went down one route, came Back, and was fixed on another. */
function recordedCall(): CallRecord {
  const steps: [string, number[]][] = [
    ['13:00:00', []],
    ['13:02:00', [1]],
    ['13:06:00', [1, 1]],
    ['13:07:00', [1]],
    ['13:07:30', []],
    ['13:08:00', [0]],
    ['13:09:00', [0, 1]],
    ['13:12:00', [0, 1, 0]],
  ];
  let record = emptyRecord();
  let shown: string | null = null;
  for (const [time, answers] of steps) {
    const step = stepAt(answers);
    record = recordReached(record, 't1', step, at(time), shown);
    shown = shownKey(step);
  }
  record = setNote(record, '1:q1', 'Caller is on Windows 11.\nUses Chrome.', at('13:01:00'));
  record = setNote(record, '3:expert', 'Caller frustrated', at('13:06:30'));
  return setNote(record, '3:fix', 'Tried <b>twice</b> & it worked', at('13:11:00'));
}

describe('call summary', () => {
  it('writes the whole call as plain text for a ticket', () => {
    const text = callSummary(input({ model: stepAt([0, 1, 0]), record: recordedCall() }));
    expect(text).toBe(
      [
        'Fixpath call summary',
        '====================',
        '',
        'Error:          T1 - Test error: the bank says no',
        'Call started:   21 Nov 2026, 13:00 UTC',
        'Call length:    15 min so far',
        'Summary made:   21 Nov 2026, 13:15 UTC',
        'Where it ended: Step 4, Fixed (resolved)',
        '',
        'Answers given',
        '-------------',
        'Step 1  Does it fail at once?',
        '        Answer: Yes (at 13:08)',
        'Step 2  Can you sign in to the bank?',
        '        Answer: Yes (at 13:09)',
        '',
        'Steps tried',
        '-----------',
        'Step 3  Update three times',
        '        Outcome: fixed (at 13:12)',
        '',
        'Also tried, then undone with Back:',
        'Step 2  Update three times (earlier route)',
        '        Outcome: not fixed (at 13:06)',
        '',
        'Notes',
        '-----',
        'Step 1  Does it fail at once?',
        '        Caller is on Windows 11.',
        '        Uses Chrome.',
        'Step 3  Call an expert (earlier route)',
        '        Caller frustrated',
        'Step 3  Update three times',
        '        Tried <b>twice</b> & it worked',
        '',
        'Link for the caller (owner view, same step)',
        '-------------------------------------------',
        ownerUrl,
        '',
      ].join('\n'),
    );
  });

  it('records a situation chosen as chosen, never as answers to the questions it skipped', () => {
    const chosen = stepModelOf(testTree, {
      answers: [0, 0, 1],
      situation: { index: 0, implied: 2 },
    });
    if (!chosen.ok) throw new Error('bad test session');
    const text = callSummary(input({ model: chosen.value, chose: 'The bank site is down' }));
    expect(text).toContain('Answers given\n-------------\nChose: The bank site is down\nStep 3');
    expect(text).not.toContain('Does it fail at once?');
    expect(text).toContain('One answer above has no time');
  });

  it('gives no time to answers that came in the link the page was opened with', () => {
    const link = stepAt([0, 0]);
    const record = recordReached(emptyRecord(), 't1', link, at('13:00:00'), null);
    const text = callSummary(input({ model: link, record }));
    expect(text).toContain('        Answer: Yes\nStep 2');
    expect(text).not.toContain('(at ');
    expect(text).toContain('2 answers above have no time');
  });

  it('says once, not on each line, how many answers have no time', () => {
    const text = callSummary(input({ model: stepAt([0, 0]) }));
    expect(text).toContain('2 answers above have no time');
    expect(text).not.toMatch(/not recorded\)/);
    expect(text.match(/no time/g)).toHaveLength(1);
  });

  it('counts a fix outcome with no time as an outcome, not as an answer', () => {
    const text = callSummary(input({ model: stepAt([1, 1]) }));
    expect(text).toContain('Outcome: not fixed\n');
    expect(text).toContain(
      'One answer and one fix outcome above have no time: they were given\nbefore this call reached agent mode.',
    );
  });

  it('says when a call is still in progress on a fix, and what was not recorded', () => {
    const text = callSummary(input({ model: stepAt([1]) }));
    expect(text).toBe(
      [
        'Fixpath call summary',
        '====================',
        '',
        'Error:          T1 - Test error: the bank says no',
        'Call started:   not recorded',
        'Call length:    not recorded',
        'Summary made:   21 Nov 2026, 13:15 UTC',
        'Where it ended: Step 2, Update three times (still in progress)',
        '',
        'Answers given',
        '-------------',
        'Step 1  Does it fail at once?',
        '        Answer: No',
        '',
        'Steps tried',
        '-----------',
        'Step 2  Update three times',
        '        Outcome: not reported yet (on screen now)',
        '',
        'One answer above has no time: it was given before this call reached',
        'agent mode.',
        '',
        'Notes',
        '-----',
        'No notes.',
        '',
        'Link for the caller (owner view, same step)',
        '-------------------------------------------',
        ownerUrl,
        '',
      ].join('\n'),
    );
  });

  it('says "None yet." at the first question, and names an escalation as such', () => {
    expect(callSummary(input({}))).toContain(
      'Where it ended: Step 1, Does it fail at once? (still in progress)\n\nAnswers given\n-------------\nNone yet.\n\nSteps tried\n-----------\nNone yet.\n',
    );
    expect(callSummary(input({ model: stepAt([1, 1]) }))).toContain(
      'Where it ended: Step 3, Call an expert (escalation)',
    );
  });

  it('does not repeat the code when the title already names it', () => {
    const text = callSummary(
      input({ error: { code: '202', title: 'Error 202: sign-in refused' } }),
    );
    expect(text).toContain('Error:          Error 202: sign-in refused\n');
  });

  it('counts long calls in hours', () => {
    const record = { ...emptyRecord(), startedAt: at('11:10:00') };
    expect(callSummary(input({ record }))).toContain('Call length:    2 h 05 min so far');
  });

  it('wraps long text at 72 columns with a hanging indent, keeping links whole', () => {
    const note = `${'word '.repeat(30)}https://example.com/${'x'.repeat(80)}`;
    const record = setNote(emptyRecord(), '1:q1', note, at('13:00:00'));
    const lines = callSummary(input({ record })).split('\n');
    const start = lines.indexOf('Step 1  Does it fail at once?');
    const noteLines = lines.slice(start + 1, start + 4);
    expect(
      noteLines.every(
        (line) => line.startsWith('        word') || line.startsWith('        https'),
      ),
    ).toBe(true);
    expect(
      lines.filter((line) => !line.includes('https://')).every((line) => line.length <= 72),
    ).toBe(true);
  });

  it('uses the agent locale and time zone', () => {
    const record = { ...emptyRecord(), startedAt: at('13:00:00') };
    const clock = { now: at('13:15:00'), locale: 'en-US', timeZone: 'America/New_York' };
    const text = callSummary(input({ record, clock }));
    expect(text).toContain('Call started:   Nov 21, 2026, 8:00 AM EST');
    expect(text).not.toMatch(/[\u00a0\u202f]/);
  });
});
