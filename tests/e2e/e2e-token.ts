/** The insights token the Playwright server runs with (playwright.config.ts). */
export const E2E_TOKEN = 'e2e-insights-token-0123456789';
