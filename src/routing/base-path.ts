/**
 * The one place that knows the base path this copy is served under (`BASE_PATH` at build time,
 * e.g. `/help/`; `/` by default). Links built by `paths` are app paths (`/errors/102`); these
 * turn them into addresses on the page and back.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The base path without its trailing slash: `''` at the root, `/help` under `/help/`. */
export const basePath = (): string => BASE;

/** An app path as an address on this site: `/errors/102` -> `/help/errors/102`. */
export const withBase = (path: string): string => `${BASE}${path}`;

/** An address on this site as an app path: `/help/errors/102` -> `/errors/102`. */
export function stripBase(pathname: string): string {
  if (!BASE) return pathname || '/';
  return pathname.startsWith(BASE) ? pathname.slice(BASE.length) || '/' : pathname;
}
