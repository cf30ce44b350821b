/**
 * Every link in Fixpath is built here. The URL is the state that matters: which error, which
 * step, and the answers that led there (`s`, the engine's encoded session).
 */
import type { StepTarget } from '../engine/index.ts';

export type Mode = 'owner' | 'agent';

export interface LinkOptions {
  readonly mode?: Mode;
  /** Inside a firm's own website (`embed=1`): the embed layout, kept by every link. */
  readonly embed?: boolean;
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
/** `embed=1`: the page is shown inside a firm's website (see src/embed/ and decision 012). */
export const EMBED_PARAM = 'embed';
/** On an error page: why a step link could not be opened (a `StepProblem` kind). */
export const LINK_PROBLEM_PARAM = 'link';
/** With `link`: the 1-based answer the problem was found at, where that matters. */
export const LINK_AT_PARAM = 'at';
/** With `link=not-in-guide`: the slug of the guided error the step link was made for. */
export const LINK_GUIDE_PARAM = 'guide';

/** A path with its query string (empty values left out). */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** The query parameters every link keeps: the mode, and the embed layout. */
export const optionsQuery = (options?: LinkOptions): Record<string, string | undefined> => ({
  [MODE_PARAM]: options?.mode === 'agent' ? 'agent' : undefined,
  [EMBED_PARAM]: options?.embed ? '1' : undefined,
});

/** An error's page, with no query. */
export const errorBase = (slug: string): string => `/errors/${encodeURIComponent(slug)}`;

export const paths = {
  home: (options?: LinkOptions): string => withQuery('/', optionsQuery(options)),
  search: (query: string, options?: LinkOptions): string =>
    withQuery('/', { [SEARCH_PARAM]: query.trim() || undefined, ...optionsQuery(options) }),
  error: (slug: string, options?: LinkOptions): string =>
    withQuery(errorBase(slug), optionsQuery(options)),
  /** The error page, saying why a step link could not be opened. */
  errorWithProblem: (
    slug: string,
    problem: { readonly kind: string; readonly at?: number; readonly guide?: string },
    options?: LinkOptions,
  ): string =>
    withQuery(errorBase(slug), {
      [LINK_PROBLEM_PARAM]: problem.kind,
      [LINK_AT_PARAM]: problem.at === undefined ? undefined : String(problem.at),
      [LINK_GUIDE_PARAM]: problem.guide,
      ...optionsQuery(options),
    }),
  /** What this site counts, and what it never stores. */
  privacy: (options?: LinkOptions): string => withQuery('/privacy', optionsQuery(options)),
  /** Every fix of one error on one page, with boxes to tick and print. */
  checklist: (slug: string, options?: LinkOptions): string =>
    withQuery(`${errorBase(slug)}/checklist`, optionsQuery(options)),
  step: (slug: string, nodeId: string, session: string, options?: LinkOptions): string =>
    withQuery(`${errorBase(slug)}/step/${encodeURIComponent(nodeId)}`, {
      [SESSION_PARAM]: session,
      ...optionsQuery(options),
    }),
  /** The step an engine target names (see `StepModel`). */
  target: (slug: string, target: StepTarget, options?: LinkOptions): string =>
    paths.step(slug, target.nodeId, target.session, options),
} as const;

/** The mode a query string asks for. Anything but `mode=agent` is the owner's view. */
export const modeOf = (search: string | URLSearchParams): Mode =>
  new URLSearchParams(search).get(MODE_PARAM) === 'agent' ? 'agent' : 'owner';

/** Whether a query string asks for the embed layout (`embed=1`). */
export const embedOf = (search: string | URLSearchParams): boolean =>
  new URLSearchParams(search).get(EMBED_PARAM) === '1';

/** The options a page's own address asks for: every link on it keeps them. */
export const linkOptionsOf = (search: string | URLSearchParams): LinkOptions => {
  const embed = embedOf(search);
  return { mode: modeOf(search), ...(embed ? { embed } : {}) };
};

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
