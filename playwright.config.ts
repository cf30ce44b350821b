import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { E2E_TOKEN } from './tests/e2e/e2e-token.ts';
import {
  EMBED_FIXPATH_PORT,
  EMBED_HOST_PORT,
  FIXPATH_ORIGIN,
  HOST_ORIGIN,
} from './tests/e2e/embed-setup.ts';

/**
 * End-to-end journeys in real Chromium against the production build (`npm run build` first).
 * On this machine Debian's Chromium is used; on a laptop, Playwright's own browser.
 */
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // No retries: a test that passes only on a second try is a flaky test to fix (issue 11).
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace of every test (to keep the failures') took a third of the run: on a
    // failure, run that test again with `--trace on` to get one.
    trace: 'off',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: chromiumFlags,
    },
  },
  webServer: [
    {
      // The production server (npm run build makes it): events kept in memory for the run, and
      // a known insights token for the journeys that read the figures back.
      command: 'node dist-server/main.js',
      env: { PORT: String(port), DATABASE_URL: 'memory://', FIXPATH_INSIGHTS_TOKEN: E2E_TOKEN },
      // Ready when the database is: the events journeys post at once.
      url: `http://localhost:${port}/api/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The same build, allowed to be framed by one firm's page (embed.spec.ts), events off.
      command: 'node dist-server/main.js',
      env: {
        PORT: String(EMBED_FIXPATH_PORT),
        FIXPATH_EVENTS: 'off',
        FIXPATH_EMBED_ORIGINS: HOST_ORIGIN,
      },
      url: `${FIXPATH_ORIGIN}/api/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // The firm's page, with the snippet.
      command: 'node tests/e2e/embed-host.mjs',
      env: { PORT: String(EMBED_HOST_PORT), FIXPATH: FIXPATH_ORIGIN },
      url: `${HOST_ORIGIN}/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
