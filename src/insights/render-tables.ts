import type { TableModel } from './report-tables.ts';

/** Builds an accessible table from a model (text only: nothing is parsed as HTML). */
export function renderTable(doc: Document, model: TableModel): HTMLElement {
  const section = doc.createElement('section');
  section.className = 'insights__table';
  if (model.rows.length === 0) {
    const heading = doc.createElement('h2');
    heading.textContent = model.caption;
    const note = doc.createElement('p');
    note.className = 'muted';
    note.textContent = model.empty;
    section.append(heading, note);
    return section;
  }
  const table = doc.createElement('table');
  const caption = doc.createElement('caption');
  caption.textContent = model.caption;
  const thead = doc.createElement('thead');
  const headRow = doc.createElement('tr');
  model.head.forEach((text, index) => {
    const th = doc.createElement('th');
    th.scope = 'col';
    // A column of figures is right-aligned, its head too.
    if (model.rows.some((row) => typeof row.cells[index] === 'number')) th.className = 'num';
    th.textContent = text;
    headRow.append(th);
  });
  thead.append(headRow);
  const tbody = doc.createElement('tbody');
  for (const row of model.rows) {
    const tr = doc.createElement('tr');
    if (row.node) tr.dataset.node = row.node;
    row.cells.forEach((cell, index) => {
      const td = doc.createElement(index === 0 ? 'th' : 'td');
      if (td instanceof HTMLTableCellElement && index === 0) td.scope = 'row';
      if (typeof cell === 'number') td.className = 'num';
      td.textContent = String(cell);
      tr.append(td);
    });
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  section.append(table);
  return section;
}
