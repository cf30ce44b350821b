/**
 * Where the embed journeys run (playwright.config.ts starts both servers): a second Fixpath
 * server, told to allow one firm's origin (FIXPATH_EMBED_ORIGINS, no rebuild needed), and the
 * firm's page (tests/e2e/embed-host.mjs) on the next port. The same page reached as 127.0.0.1
 * is another origin, not on the list.
 */
const base = Number(process.env.E2E_PORT ?? 4174);

export const EMBED_FIXPATH_PORT = base + 1;
export const EMBED_HOST_PORT = base + 2;
export const FIXPATH_ORIGIN = `http://localhost:${EMBED_FIXPATH_PORT}`;
/** On the list. */
export const HOST_ORIGIN = `http://localhost:${EMBED_HOST_PORT}`;
/** Not on the list: the same page under another name. */
export const OTHER_HOST_ORIGIN = `http://127.0.0.1:${EMBED_HOST_PORT}`;
