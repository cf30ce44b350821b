#!/usr/bin/env node
// `npm start`'s first half: builds the production site only when the sources, content or build
// settings changed since the last build (scripts/build-stamp.mjs), and keeps the build's long
// output in build.log, printing one line (or the log's end, when the build fails). With
// FIXPATH_VERBOSE=1 the build prints everything, as `npm run build` does.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { isUpToDate } from './build-stamp.mjs';

const LOG = 'build.log';
const SERVER = 'dist-server/main.js';
const verbose = ['1', 'true', 'yes'].includes(String(process.env.FIXPATH_VERBOSE).toLowerCase());

if (isUpToDate('dist', SERVER)) {
  console.log('Built site is up to date with the sources and content: not rebuilding.');
  process.exit(0);
}

const started = Date.now();
if (!verbose) console.log(`Building the site (about half a minute; the detail goes to ${LOG})...`);
const log = verbose ? undefined : createWriteStream(LOG);
const child = spawn('npm', ['run', '--silent', 'build'], {
  stdio: ['ignore', verbose ? 'inherit' : 'pipe', verbose ? 'inherit' : 'pipe'],
  env: verbose ? process.env : { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
});
child.stdout?.pipe(log, { end: false });
child.stderr?.pipe(log, { end: false });
const code = await new Promise((resolve) => child.on('close', resolve));
await new Promise((resolve) => (log ? log.end(resolve) : resolve()));
const seconds = Math.round((Date.now() - started) / 1000);
if (code !== 0) {
  if (log) {
    const lines = readFileSync(LOG, 'utf8').trimEnd().split('\n');
    console.error(lines.slice(-40).join('\n'));
  }
  console.error(
    `\nThe build failed (exit ${code}) after ${seconds} s${log ? `: all of it is in ${LOG}` : ''}.`,
  );
  process.exit(1);
}
console.log(`Built in ${seconds} s${log ? ` (detail in ${LOG})` : ''}.`);
