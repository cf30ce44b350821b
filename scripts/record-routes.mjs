#!/usr/bin/env node
// `npm run record:routes`: writes tests/routes/<slug>.txt, every route through each guided
// error's tree (src/content/route-record.ts). Run it on purpose after changing a tree, and read
// the diff before committing: it is what the change does to people's routes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;
const { readContentDir } = await load('./src/content/read-content-dir.ts');
const { routeRecord } = await load('./src/content/route-record.ts');
const { toTree } = await load('./src/content/runtime/to-tree.ts');
const result = readContentDir(root, 'content');
if (!result.ok) {
  console.error('content/ does not pass the content check: run npm run check:content');
  process.exit(1);
}
mkdirSync(join(root, 'tests', 'routes'), { recursive: true });
for (const entry of result.content.errors) {
  if (entry.kind !== 'guided') continue;
  const file = join('tests', 'routes', `${entry.slug}.txt`);
  writeFileSync(join(root, file), routeRecord(entry, toTree(entry.tree)));
  console.log(`wrote ${file}`);
}
