/**
 * The insights report as plain tables (caption, column heads, rows): a pure function, so what
 * the page shows is tested without a browser. Each step row carries its node id, for the tree
 * map that will colour nodes by traffic.
 */
import type { InsightsReport } from './report-schema.ts';

export interface TableModel {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly {
    readonly node?: string;
    readonly cells: readonly (string | number)[];
  }[];
  /** Shown instead of an empty table. */
  readonly empty: string;
}

const percent = (part: number, whole: number): string =>
  whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;

export function reportTables(report: InsightsReport): TableModel[] {
  const { owner, agent } = report.totals.byMode;
  const fixedYes = owner.fixed.yes + agent.fixed.yes;
  const fixedNo = owner.fixed.no + agent.fixed.no;
  const kindLabel = {
    question: 'Question',
    fix: 'Fix',
    wait: 'Wait',
    escalation: 'Expert',
    resolved: 'Fixed',
  };
  const chosen = report.situations.reduce((sum, s) => sum + s.chosen, 0);
  const answered = report.nodes.filter((n) => n.kind === 'question' || n.kind === 'wait');
  return [
    {
      caption: 'Walks through the guide',
      head: ['', 'Owners', 'Support agents', 'All'],
      rows: [
        { cells: ['Started the guide', owner.starts, agent.starts, report.totals.starts] },
        { cells: ['Walks (any step shown)', owner.walks, agent.walks, report.totals.walks] },
        { cells: ['“Did this fix it?”: yes', owner.fixed.yes, agent.fixed.yes, fixedYes] },
        { cells: ['“Did this fix it?”: no', owner.fixed.no, agent.fixed.no, fixedNo] },
        { cells: ['Started over', '', '', report.totals.startOvers] },
        {
          cells: [
            'Opened “Payroll or a filing due within a day?”',
            owner.deadlineLanes,
            agent.deadlineLanes,
            report.totals.deadlineLanes,
          ],
        },
      ],
      empty: '',
    },
    {
      caption: 'Situations chosen on the error page (instead of the questions)',
      head: ['Situation', 'Chosen', 'Share'],
      rows: report.situations.map((s) => ({
        cells: [s.text, s.chosen, percent(s.chosen, chosen)],
      })),
      empty: 'This guide offers no situations.',
    },
    {
      caption: 'Steps: how many walks reached each one, and where they stopped',
      head: ['Step', 'Kind', 'Reached', 'Stopped here', 'Went back', 'Changed answer'],
      rows: report.nodes.map((n) => ({
        node: n.id,
        cells: [n.title, kindLabel[n.kind], n.reached, n.droppedOff, n.back, n.changed],
      })),
      empty: 'This guide has no steps.',
    },
    {
      caption: 'Answers taken at each question',
      head: ['Question', 'Answer', 'Taken', 'Share'],
      rows: answered.flatMap((n) => {
        const total = n.choices.reduce((sum, c) => sum + c.taken, 0);
        return n.choices.map((c) => ({
          node: n.id,
          cells: [n.title, c.label, c.taken, percent(c.taken, total)],
        }));
      }),
      empty: 'This guide asks no questions.',
    },
    {
      caption: 'Fixes: “Did this fix it?”',
      head: ['Fix', 'Fixed', 'Not fixed', 'Fixed rate'],
      rows: report.nodes.flatMap((n) =>
        n.fixed
          ? [
              {
                node: n.id,
                cells: [
                  n.title,
                  n.fixed.yes,
                  n.fixed.no,
                  percent(n.fixed.yes, n.fixed.yes + n.fixed.no),
                ],
              },
            ]
          : [],
      ),
      empty: 'This guide has no fixes.',
    },
    {
      caption: 'Endings: “Was this helpful?”',
      head: ['Ending', 'Reached', 'Helpful', 'Not helpful'],
      rows: report.nodes.flatMap((n) =>
        n.helpful ? [{ node: n.id, cells: [n.title, n.reached, n.helpful.yes, n.helpful.no] }] : [],
      ),
      empty: 'This guide has no endings.',
    },
  ];
}
