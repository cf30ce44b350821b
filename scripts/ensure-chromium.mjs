#!/usr/bin/env node
// Runs before the browser tests (`npm run test:e2e`): makes sure a Chromium that Playwright can
// drive is on this machine, and says in one line what it found or did.
//   1. Debian's /usr/bin/chromium, or Playwright's own browser, if either is there: use it.
//   2. Otherwise Playwright's download, when its download server answers.
//   3. Otherwise Debian's `chromium` package, when running as root with apt-get.
//   4. Otherwise stop, in one line that says what to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { SYSTEM_CHROMIUM } from './chromium.mjs';

const say = (line) => console.log(`chromium: ${line}`);

function playwrightsOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const found = () => (existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : playwrightsOwn());

async function downloadServerAnswers() {
  try {
    const response = await fetch('https://cdn.playwright.dev/', {
      method: 'HEAD',
      signal: AbortSignal.timeout(4000),
    });
    return response.status < 500;
  } catch {
    return false;
  }
}

const hasCommand = (name) => spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function installFromDebian() {
  // A package that is installed but whose binary was removed needs --reinstall to come back.
  const installed = spawnSync('dpkg', ['-s', 'chromium'], { stdio: 'ignore' }).status === 0;
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync(
    'apt-get',
    ['install', '-y', '-qq', ...(installed ? ['--reinstall'] : []), 'chromium'],
    { stdio: ['ignore', 'ignore', 'inherit'], env },
  );
}

const already = found();
if (already) {
  say(`using ${already}`);
  process.exit(0);
}

if (await downloadServerAnswers()) {
  say("none found; installing Playwright's own Chromium (npx playwright install chromium)");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
} else if (isRoot() && hasCommand('apt-get')) {
  say(
    "none found and Playwright's download server is out of reach; installing Debian's chromium package with apt-get",
  );
  installFromDebian();
}

const now = found();
if (now) {
  say(`using ${now}`);
  process.exit(0);
}
console.error(
  'chromium: no Chromium for the browser tests. Run `sudo apt-get install chromium` (Debian) or `npx playwright install chromium`, then `npm test` again.',
);
process.exit(1);
