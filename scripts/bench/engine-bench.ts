/** Engine figures for `npm run bench`: validation, step, codec, encoded length. */
import { performance } from 'node:perf_hooks';
import { compileTree } from '../../src/content/compile-tree.ts';
import { authoredTreeSchema } from '../../src/content/schema/node.ts';
import type { VersionTable } from '../../src/content/schema/versions.ts';
import { toTree } from '../../src/content/runtime/to-tree.ts';
import {
  answer,
  choicesOf,
  decodeSession,
  encodeSession,
  isLeaf,
  walk,
  type Session,
} from '../../src/engine/index.ts';
import { buildMapGraph } from '../../src/map/model/build-map-graph.ts';
import { layOutMap } from '../../src/map/layout/lay-out-map.ts';
import { syntheticTree as syntheticMapTree } from '../../src/map/test-support/synthetic-tree.ts';
import { syntheticTree } from './synthetic-content.ts';

const versions: VersionTable = { rows: [] };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(fn: () => void, runs: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

export interface EngineFigures {
  readonly nodes: number;
  readonly validateMs: number;
  readonly stepMedianUs: number;
  readonly encodeMedianUs: number;
  readonly decodeMedianUs: number;
  readonly encodedLength20: number;
  readonly encoded20: string;
  /** Laying out the map of a 500-node tree (was a timed unit test, issue 24). */
  readonly mapLayout500Ms: number;
}

export function runEngineBench(size = 10_000): EngineFigures {
  const raw = syntheticTree(size);
  let issues = 0;
  let compiled = compileTree('bench', authoredTreeSchema.parse(raw), versions).tree;
  const validate = time(() => {
    const parsed = authoredTreeSchema.parse(raw);
    const result = compileTree('bench', parsed, versions);
    issues = result.issues.length;
    compiled = result.tree;
  }, 5);
  if (issues > 0) throw new Error(`synthetic tree has ${issues} graph issues`);
  const tree = toTree(compiled);

  // A 20-answer path that never stops early: at each node, the first choice not ending the walk.
  let session: Session = { answers: [] };
  const steps: number[] = [];
  for (let i = 0; i < 20; i++) {
    const s = session;
    const walked = walk(tree, s);
    if (!walked.ok) throw new Error('walk failed');
    const choices = choicesOf(walked.value.current);
    const pick = Math.max(
      0,
      choices.findIndex((c) => {
        const target = tree.nodes.get(c.next);
        return target !== undefined && !isLeaf(target) && !c.retry;
      }),
    );
    steps.push(...time(() => void answer(tree, s, pick), 200));
    const next = answer(tree, session, pick);
    if (!next.ok) throw new Error('walk failed');
    session = next.value;
  }
  const encoded = encodeSession(tree, session);
  const encodeTimes = time(() => void encodeSession(tree, session), 2000);
  const decodeTimes = time(() => void decodeSession(tree, encoded), 2000);
  if (!decodeSession(tree, encoded).ok) throw new Error('round trip failed');
  return {
    nodes: compiled.nodes.length,
    validateMs: median(validate),
    stepMedianUs: median(steps) * 1000,
    encodeMedianUs: median(encodeTimes) * 1000,
    decodeMedianUs: median(decodeTimes) * 1000,
    encodedLength20: encoded.length,
    encoded20: encoded,
    mapLayout500Ms: median(time(() => void layOutMap(buildMapGraph(syntheticMapTree(500))), 3)),
  };
}
