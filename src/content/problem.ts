/** One thing wrong with a content file, in words its author can act on. */
export interface ContentProblem {
  /** Path of the file from the project root, e.g. `content/errors/102.yaml`. */
  readonly file: string;
  /** The field, e.g. `tree.nodes[3] (node "wait-for-bank").wait.minMinutes`; empty for the file. */
  readonly field: string;
  readonly problem: string;
  /** What to do about it: every problem carries one. */
  readonly hint: string;
  /** 1-based line in the file, where the loader could find it. */
  readonly line?: number;
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  const lines = [where];
  if (p.field) lines.push(`  field:   ${p.field}`);
  lines.push(`  problem: ${p.problem}`);
  lines.push(`  hint:    ${p.hint}`);
  return lines.join('\n');
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [`Content check failed: ${count}.`, ...problems.map(formatProblem)].join('\n\n');
}
