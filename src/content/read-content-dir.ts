/** Build-time only (Node): reads content/ from disk. Never imported by the browser app. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { compileContent, type CompileResult, type RawFile } from './compile-content.ts';
import type { ContentProblem } from './problem.ts';

function findNode(root: unknown, path: readonly PropertyKey[]): YamlNode | undefined {
  let cursor: unknown = root;
  let found: YamlNode | undefined;
  for (const key of path) {
    if (isMap(cursor) || isSeq(cursor)) {
      const next: unknown = cursor.get(key, true);
      if (next === undefined) break;
      cursor = next;
      if (next && typeof next === 'object' && 'range' in next) found = next as YamlNode;
    } else break;
  }
  return found;
}

export function readYamlFile(root: string, absolute: string): RawFile | ContentProblem {
  const file = relative(root, absolute).split('\\').join('/');
  let source: string;
  try {
    source = readFileSync(absolute, 'utf8');
  } catch {
    return {
      file,
      field: '',
      problem: 'this file is missing',
      hint: 'every copy of content/ needs it',
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const [first] = doc.errors;
  if (first) {
    return {
      file,
      line: lineCounter.linePos(first.pos[0]).line,
      field: '',
      problem: `this is not valid YAML: ${first.message.split('\n')[0] ?? ''}`,
      hint: 'check the indentation and that text containing ": " is in quotes',
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const node = findNode(doc.contents, path);
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return { file, data: doc.toJS(), lineOf };
}

const isProblem = (value: RawFile | ContentProblem): value is ContentProblem => 'problem' in value;

/** Reads and compiles a content folder (content/ by default). */
export function readContentDir(root: string, dir = 'content'): CompileResult {
  const base = resolve(root, dir);
  const read = (path: string): RawFile | ContentProblem => readYamlFile(root, join(base, path));
  const errorFiles = readdirSync(join(base, 'errors'))
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => read(join('errors', name)));
  const site = read('site.yaml');
  const versions = read('versions.yaml');
  const problems = [site, versions, ...errorFiles].filter(isProblem);
  const errors = errorFiles.filter((f): f is RawFile => !isProblem(f));
  if (problems.length > 0 || isProblem(site) || isProblem(versions)) return { ok: false, problems };
  return compileContent({ site, versions, errors });
}
