// The benchmark's Chromium (path and flags shared with the Playwright config).
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../chromium.mjs';

export { chromiumFlags, chromiumPath };

/** A headless Chromium through Playwright. Close it when done. */
export function launchChromium() {
  return chromium.launch({
    ...(chromiumPath ? { executablePath: chromiumPath } : {}),
    args: chromiumFlags,
  });
}
