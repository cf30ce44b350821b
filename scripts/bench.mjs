#!/usr/bin/env node
// `npm run bench`: measured figures, printed as a table. Not a test: it never fails on a budget
// unless --check is given.
import { runnerImport } from 'vite';

const root = process.cwd();
const load = async (path) => (await runnerImport(path, { root, logLevel: 'error' })).module;

const row = (label, value) => console.log(`  ${label.padEnd(44)} ${value}`);

console.log('Engine (synthetic tree)');
const { runEngineBench } = await load('./scripts/bench/engine-bench.ts');
const engine = runEngineBench(10_000);
row('nodes', engine.nodes.toLocaleString('en-US'));
row('validate (zod parse + compile + graph check)', `${engine.validateMs.toFixed(1)} ms`);
row('engine step, median (answer on a 0-20 path)', `${engine.stepMedianUs.toFixed(2)} µs`);
row('encode, median', `${engine.encodeMedianUs.toFixed(2)} µs`);
row('decode (parse + replay), median', `${engine.decodeMedianUs.toFixed(2)} µs`);
row('encoded length, 20-answer path', `${engine.encodedLength20} characters (${engine.encoded20})`);
