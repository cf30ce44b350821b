/**
 * Every link in Fixpath is built here. The URL is the state that matters: which error, which
 * step, and the answers that led there (`s`, the engine's encoded session).
 */
export type Mode = 'owner' | 'agent';

export interface LinkOptions {
  readonly mode?: Mode;
}

export const routePatterns = {
  home: '/',
  error: '/errors/:slug',
  step: '/errors/:slug/step/:nodeId',
} as const;

export const SESSION_PARAM = 's';
/** The front door's search, so a search can be shared and Back returns to it. */
export const SEARCH_PARAM = 'q';
export const MODE_PARAM = 'mode';

/** A path with its query string (empty values left out). */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

const modeQuery = (options?: LinkOptions): string | undefined =>
  options?.mode === 'agent' ? 'agent' : undefined;

export const paths = {
  home: (options?: LinkOptions): string => withQuery('/', { [MODE_PARAM]: modeQuery(options) }),
  search: (query: string, options?: LinkOptions): string =>
    withQuery('/', { [SEARCH_PARAM]: query.trim() || undefined, [MODE_PARAM]: modeQuery(options) }),
  error: (slug: string, options?: LinkOptions): string =>
    withQuery(`/errors/${encodeURIComponent(slug)}`, { [MODE_PARAM]: modeQuery(options) }),
  step: (slug: string, nodeId: string, session: string, options?: LinkOptions): string =>
    withQuery(`/errors/${encodeURIComponent(slug)}/step/${encodeURIComponent(nodeId)}`, {
      [SESSION_PARAM]: session,
      [MODE_PARAM]: modeQuery(options),
    }),
} as const;

/** The slug of an error page or step URL, or undefined for any other path. */
export function errorSlugOf(pathname: string): string | undefined {
  const match = /^\/errors\/([^/]+)(?:\/|$)/.exec(pathname);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]).toLowerCase();
  } catch {
    return undefined;
  }
}

/** A path inside the app turned into an absolute URL on this host (for copying and sharing). */
export function absoluteUrl(path: string, origin: string, basePath: string): string {
  const base = basePath.endsWith('/') ? basePath.slice(0, -1) : basePath;
  return `${origin}${base}${path}`;
}
