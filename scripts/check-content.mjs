#!/usr/bin/env node
// `npm run check:content`: reads content/ and reports every problem, in an author's words.
// The checker itself is TypeScript (src/content); Vite's module runner loads it.
import { runnerImport } from 'vite';

const dir = process.argv[2] ?? 'content';
const root = process.cwd();
const { module: reader } = await runnerImport('./src/content/read-content-dir.ts', {
  root,
  logLevel: 'error',
});
const { module: problems } = await runnerImport('./src/content/problem.ts', {
  root,
  logLevel: 'error',
});
const result = reader.readContentDir(root, dir);
if (!result.ok) {
  console.error(problems.formatProblems(result.problems));
  process.exit(1);
}
const guided = result.content.errors.filter((e) => e.kind === 'guided');
const nodes = guided.reduce((n, e) => n + e.tree.nodes.length, 0);
console.log(
  `Content OK: ${result.content.errors.length} errors (${guided.length} guided, ${nodes} tree nodes) in ${dir}/`,
);
