/**
 * "Print this checklist": prints only the title, the fix checklists and the page's address
 * (the print stylesheet hides the rest while `html.print-checklist` is set). Printing with the
 * browser's own menu still prints the whole page.
 */
export function printChecklist(): void {
  const root = document.documentElement;
  root.classList.add('print-checklist');
  const done = (): void => {
    root.classList.remove('print-checklist');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** Any `[data-action="print"]` button on the page prints its checklist. */
export function wirePrintButtons(root: ParentNode = document): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-action="print"]')) {
    button.addEventListener('click', printChecklist);
  }
}
