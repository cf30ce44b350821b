// Prints the benchmark as a table: figure, measured, budget, PASS/FAIL. Remembers failures.

const WIDTHS = [50, 14, 12];

export function createReport() {
  const failures = [];
  let current = '';
  const line = (cells) =>
    console.log(
      cells
        .map((cell, i) => (i < WIDTHS.length ? String(cell).padEnd(WIDTHS[i]) : String(cell)))
        .join(' ')
        .trimEnd(),
    );
  return {
    header(title) {
      console.log(`\n${title}`);
      line(['  figure', 'measured', 'budget', 'result']);
    },
    section(title) {
      current = title;
      console.log(`${title}`);
    },
    /**
     * @param {string} label
     * @param {string} measured
     * @param {{ text: string, pass: boolean }} [budget]
     */
    row(label, measured, budget) {
      const result = budget ? (budget.pass ? 'PASS' : 'FAIL') : '';
      if (budget && !budget.pass)
        failures.push(`${current}: ${label} ${measured} (budget ${budget.text})`);
      line([`  ${label}`, measured, budget?.text ?? '', result]);
    },
    note(text) {
      console.log(`    ${text}`);
    },
    failures,
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value, digits = 0) => `${value.toFixed(digits)} ms`;
export const atMost = (value, limit, text) => ({ text: `≤ ${text}`, pass: value <= limit });
export const atLeast = (value, limit, text) => ({ text: `≥ ${text}`, pass: value >= limit });
