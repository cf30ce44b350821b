// The Chromium every browser check drives (Playwright journeys, the benchmark, Lighthouse):
// Debian's when it exists, otherwise Playwright's own (on a laptop). The flags keep it from
// calling home: this machine's network is closed (see shared/TOOLCHAIN.md).
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @type {string | undefined} */
export const chromiumPath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
