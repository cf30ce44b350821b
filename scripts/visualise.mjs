#!/usr/bin/env node
// `npm run visualise -- <code> --format mermaid|dot`: prints one guided error's tree as a
// Mermaid flowchart or a Graphviz digraph, for authors. The code is TypeScript (src/map/export);
// Vite's module runner loads it, as for check-content.
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;
const reader = await load('./src/content/read-content-dir.ts');
const { visualise } = await load('./src/map/export/visualise.ts');

const dir = process.env.FIXPATH_CONTENT_DIR ?? 'content';
const content = reader.readContentDir(root, dir);
if (!content.ok) {
  console.error(`${dir}/ has problems: run npm run check:content to see them.`);
  process.exit(1);
}
const result = visualise(content.content.errors, process.argv.slice(2));
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
process.stdout.write(result.text);
