#!/usr/bin/env node
// `npm run check:content`: reads content/ and reports every problem, in an author's words.
// The checker itself is TypeScript (src/content); Vite's module runner loads it.
// `--quiet` (the first step of `npm run build`): print nothing when the content is fine.
import { runnerImport } from 'vite';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const dir =
  args.find((arg) => !arg.startsWith('--')) ?? process.env.FIXPATH_CONTENT_DIR ?? 'content';
const root = process.cwd();
const { module: reader } = await runnerImport('./src/content/read-content-dir.ts', {
  root,
  logLevel: 'error',
});
const { module: problems } = await runnerImport('./src/content/problem.ts', {
  root,
  logLevel: 'error',
});
const { module: engine } = await runnerImport('./src/engine/index.ts', { root, logLevel: 'error' });
const { module: runtime } = await runnerImport('./src/content/runtime/to-tree.ts', {
  root,
  logLevel: 'error',
});
const result = reader.readContentDir(root, dir);
if (!result.ok) {
  console.error(problems.formatProblems(result.problems));
  process.exit(1);
}
if (quiet) process.exit(0);
const guided = result.content.errors.filter((e) => e.kind === 'guided');
const nodes = guided.reduce((n, e) => n + e.tree.nodes.length, 0);
console.log(
  `Content OK: ${result.content.errors.length} errors (${guided.length} guided, ${nodes} tree nodes) in ${dir}/`,
);

// Answers to the right fix (engine `answerCost`): expected over the causes' likelihoods (equal
// where none are given), beside the floor for those likelihoods, an optimal D-ary prefix code.
const two = (n) => n.toFixed(2);
for (const entry of guided) {
  const targets = entry.causes.map((c) => ({ node: c.fixNode, likelihood: c.likelihood }));
  const cost = engine.answerCost(runtime.toTree(entry.tree), targets);
  if (!cost.ok) {
    console.error(`  ${entry.slug}: cause fix "${cost.error.node}" cannot be reached`);
    process.exit(1);
  }
  const c = cost.value;
  const given = entry.causes.filter((cause) => cause.likelihood !== undefined).length;
  const weights =
    given === entry.causes.length
      ? entry.causes.map((cause) => cause.likelihood).join('/')
      : given === 0
        ? 'equal'
        : 'as given, the rest shared equally';
  const floorNote = c.prefixFree ? '' : ' (not a floor here: one fix lies on the way to another)';
  console.log(
    `  ${entry.slug}: expected ${two(c.expected)} answers to a cause's fix (weights ${weights}; each cause ${c.answers.join('/')}); lower bound ${two(c.lowerBound)} (optimal ${c.arity}-ary prefix code; entropy ${two(c.entropy)})${floorNote}`,
  );
}

// The claims ledger: what each error's claims rest on (content names a source for every one).
console.log(
  'Claims by what they rest on (Intuit / Intuit staff / bank / third party; our advice):',
);
for (const entry of result.content.errors) {
  const l = result.content.ledger[entry.slug];
  if (!l) continue;
  console.log(
    `  ${entry.slug}: ${l.total} ${l.total === 1 ? 'claim' : 'claims'}: Intuit ${l.intuit}, Intuit staff ${l['intuit-staff']}, bank ${l.bank}, third party ${l['third-party']}; our advice ${l.ours}`,
  );
}
