import type { InsightsReport } from '../../insights/report-schema.ts';

/**
 * The same figures as the JSON, one figure per row (easy to filter and pivot in a spreadsheet):
 * `error,node,node_kind,node_title,figure,choice,answer,count`.
 */
export function reportCsv(report: InsightsReport): string {
  const slug = report.error.slug;
  const rows: (string | number)[][] = [
    ['error', 'node', 'node_kind', 'node_title', 'figure', 'choice', 'answer', 'count'],
  ];
  const total = (figure: string, value: number): void => {
    rows.push([slug, '', '', '', figure, '', '', value]);
  };
  const { totals } = report;
  total('starts', totals.starts);
  total('walks', totals.walks);
  total('start_overs', totals.startOvers);
  total('deadline_lanes', totals.deadlineLanes);
  for (const mode of ['owner', 'agent'] as const) {
    const m = totals.byMode[mode];
    total(`starts_${mode}`, m.starts);
    total(`walks_${mode}`, m.walks);
    total(`deadline_lanes_${mode}`, m.deadlineLanes);
    total(`fixed_yes_${mode}`, m.fixed.yes);
    total(`fixed_no_${mode}`, m.fixed.no);
  }
  for (const s of report.situations) {
    rows.push([slug, '', '', '', 'situation_chosen', s.index, s.text, s.chosen]);
  }
  for (const node of report.nodes) {
    const row = (figure: string, value: number, choice: number | '' = '', answer = ''): void => {
      rows.push([slug, node.id, node.kind, node.title, figure, choice, answer, value]);
    };
    row('reached', node.reached);
    row('dropped_off', node.droppedOff);
    row('back', node.back);
    row('changed', node.changed);
    for (const c of node.choices) row('answer_taken', c.taken, c.index, c.label);
    if (node.fixed) {
      row('fixed_yes', node.fixed.yes);
      row('fixed_no', node.fixed.no);
    }
    if (node.helpful) {
      row('helpful_yes', node.helpful.yes);
      row('helpful_no', node.helpful.no);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell: quoted when it needs to be, and text that a spreadsheet would run as a formula
 * (starting with = + - @ or a tab) is prefixed with an apostrophe.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
