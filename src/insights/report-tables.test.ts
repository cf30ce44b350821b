import { describe, expect, it } from 'vitest';
import type { InsightsReport } from './report-schema.ts';
import { reportTables } from './report-tables.ts';

const report: InsightsReport = {
  error: { slug: '102', code: '102', title: 'Error 102' },
  range: { from: null, to: null },
  totals: {
    starts: 3,
    walks: 4,
    startOvers: 1,
    deadlineLanes: 3,
    byMode: {
      owner: { starts: 2, walks: 3, deadlineLanes: 2, fixed: { yes: 1, no: 1 } },
      agent: { starts: 1, walks: 1, deadlineLanes: 1, fixed: { yes: 1, no: 0 } },
    },
  },
  situations: [
    { index: 0, text: 'My bank’s website shows a maintenance page', chosen: 3 },
    { index: 1, text: 'All my accounts fail', chosen: 1 },
  ],
  nodes: [
    {
      id: 'ask',
      kind: 'question',
      title: 'Does it happen at once?',
      reached: 4,
      droppedOff: 1,
      back: 0,
      changed: 1,
      choices: [
        { index: 0, label: 'Yes', next: 'fix', taken: 3 },
        { index: 1, label: 'No', next: 'done', taken: 0 },
      ],
      fixed: null,
      helpful: null,
    },
    {
      id: 'fix',
      kind: 'fix',
      title: 'Restart the bank feed',
      reached: 3,
      droppedOff: 0,
      back: 1,
      changed: 0,
      choices: [],
      fixed: { yes: 2, no: 1 },
      helpful: null,
    },
    {
      id: 'done',
      kind: 'resolved',
      title: 'Fixed',
      reached: 2,
      droppedOff: 0,
      back: 0,
      changed: 0,
      choices: [],
      fixed: null,
      helpful: { yes: 1, no: 0 },
    },
  ],
};

describe('insights tables', () => {
  it('shows walks by mode, every step, answers with shares, fixes with rates, endings', () => {
    const [walks, situations, steps, answers, fixes, endings] = reportTables(report);
    expect(walks?.rows[0]?.cells).toEqual(['Started the guide', 2, 1, 3]);
    expect(walks?.rows[2]?.cells).toEqual(['“Did this fix it?”: yes', 1, 1, 2]);
    expect(walks?.rows[5]?.cells).toEqual([
      'Opened “Payroll or a filing due within a day?”',
      2,
      1,
      3,
    ]);
    expect(situations?.rows.map((r) => r.cells)).toEqual([
      ['My bank’s website shows a maintenance page', 3, '75%'],
      ['All my accounts fail', 1, '25%'],
    ]);
    expect(steps?.rows.map((r) => r.node)).toEqual(['ask', 'fix', 'done']);
    expect(steps?.rows[0]?.cells).toEqual(['Does it happen at once?', 'Question', 4, 1, 0, 1]);
    expect(answers?.rows.map((r) => r.cells)).toEqual([
      ['Does it happen at once?', 'Yes', 3, '100%'],
      ['Does it happen at once?', 'No', 0, '0%'],
    ]);
    expect(fixes?.rows.map((r) => r.cells)).toEqual([['Restart the bank feed', 2, 1, '67%']]);
    expect(endings?.rows.map((r) => r.cells)).toEqual([['Fixed', 2, 1, 0]]);
  });
});
