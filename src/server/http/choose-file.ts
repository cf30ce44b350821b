/**
 * Which file of the built site answers a URL: prerendered pages as they are (the agent view of
 * a page, `index.agent.html`, for `?mode=agent`; the embed layout for `?embed=1`), a step of one
 * guide under another guide's address through the wizard's shell, anything else (and `/404`
 * itself) a real 404, and error codes typed in capitals moved to their lower-case address.
 * Fixpath's own rules; the sending is Fastify's (see pages-plugin.ts).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, normalize, sep } from 'node:path';

export interface StaticSite {
  /** The built site's folder (absolute). */
  readonly dir: string;
  /** `/` or `/help/`. */
  readonly basePath: string;
}

export type StaticChoice =
  | { readonly kind: 'file'; readonly file: string; readonly status: 200 | 404 }
  | { readonly kind: 'redirect'; readonly location: string };

/**
 * `look` remembered by path (the site does not change while the server runs): a page costs no
 * file-system call after its first request. Bounded, so that a stream of made-up addresses
 * cannot grow it without end.
 */
function remembered<T extends NonNullable<unknown>>(
  look: (path: string) => T,
): (path: string) => T {
  const known = new Map<string, T>();
  return (path) => {
    const hit = known.get(path);
    if (hit !== undefined) return hit;
    const answer = look(path);
    if (known.size >= 20_000) known.clear();
    known.set(path, answer);
    return answer;
  };
}

/** Whether a path is a file of the built site. */
const isFile = remembered((path): boolean => existsSync(path) && statSync(path).isFile());

/** The names in a folder of the built site (none when it is missing). */
const listDir = remembered((path): readonly string[] =>
  existsSync(path) && statSync(path).isDirectory() ? readdirSync(path) : [],
);

/**
 * A page's variants, best first: its agent view (`index.agent.html`) for `?mode=agent`, its
 * embed layout (`index.embed.html`) for `?embed=1`, both (`index.embed-agent.html`) for both;
 * then the page itself.
 */
function variants(file: string, query: URLSearchParams): string[] {
  if (!file.endsWith('.html')) return [file];
  const agent = query.get('mode') === 'agent';
  const suffixes =
    query.get('embed') === '1'
      ? agent
        ? ['.embed-agent', '.embed', '.agent']
        : ['.embed']
      : agent
        ? ['.agent']
        : [];
  return [...suffixes.map((suffix) => file.replace(/\.html$/, `${suffix}.html`)), file];
}

/** The files that could answer `target`, best first. */
function candidates(target: string, query: URLSearchParams): string[] {
  return [target, join(target, 'index.html'), `${target}.html`].flatMap((file) =>
    variants(file, query),
  );
}

/** The path decoded, or undefined when its escapes are broken (`/%zz`, `/%E0%A4%A`). */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

function resolveInSite(
  site: StaticSite,
  decoded: string,
  query: URLSearchParams,
  exists: (p: string) => boolean,
): string | undefined {
  const { basePath, dir } = site;
  if (!decoded.startsWith(basePath) && `${decoded}/` !== basePath) return undefined;
  const rel = normalize(decoded.slice(basePath.length)).replace(/^([/\\])+/, '');
  if (rel.startsWith('..') || rel.includes('\0')) return undefined;
  const target = join(dir, rel);
  if (!target.startsWith(dir + sep) && target !== dir) return undefined;
  return candidates(target, query).find(exists);
}

/** The not-found page answers with 404, even when asked for by name (`/404`, `/404.html`). */
const isNotFoundPage = (site: StaticSite, file: string): boolean =>
  file.startsWith(site.dir + sep) &&
  !file.slice(site.dir.length + 1).includes(sep) &&
  /^404(\.[a-z-]+)?\.html$/.test(basename(file));

/** Whether `slug` is a guided error of the site: only those have a checklist page. */
const isGuide = (site: StaticSite, slug: string, exists: (p: string) => boolean): boolean =>
  !slug.startsWith('.') && exists(join(site.dir, 'errors', slug, 'checklist', 'index.html'));

/**
 * Whether another guide of the site has a step of this name (every step is prerendered): a link
 * made in that guide and opened under this one, which the wizard explains.
 */
const isOtherGuidesStep = (
  site: StaticSite,
  slug: string,
  nodeId: string,
  exists: (p: string) => boolean,
  list: (p: string) => readonly string[],
): boolean =>
  !nodeId.startsWith('.') &&
  list(join(site.dir, 'errors')).some(
    (other) =>
      other !== slug &&
      isGuide(site, other, exists) &&
      exists(join(site.dir, 'errors', other, 'step', nodeId, 'index.html')),
  );

/** Which file answers this URL, with which status, or where it has moved. */
export function chooseFile(
  site: StaticSite,
  url: URL,
  exists = isFile,
  list = listDir,
): StaticChoice {
  const decoded = decodePath(url.pathname);
  const inApp = (decoded ?? '').slice(site.basePath.length - 1);
  // Error codes are lower-case in addresses: /errors/H202 moves permanently to /errors/h202.
  const code = /^(\/errors\/)([^/]+)(.*)$/.exec(url.pathname.slice(site.basePath.length - 1));
  if (decoded !== undefined && code?.[1] && code[2] && code[2] !== code[2].toLowerCase()) {
    const location = `${site.basePath.slice(0, -1)}${code[1]}${code[2].toLowerCase()}${code[3] ?? ''}${url.search}`;
    return { kind: 'redirect', location };
  }
  const file =
    decoded === undefined ? undefined : resolveInSite(site, decoded, url.searchParams, exists);
  if (file && !isNotFoundPage(site, file)) return { kind: 'file', file, status: 200 };
  // Every step of a guide is prerendered, so a step name its guide lacks is not found
  // (`/errors/102/step/zzz`, `/errors/abc/step/x`), unless another guide has it: then it is
  // that guide's link opened here, and the wizard's shell answers, to say whose it is.
  const step = /^\/errors\/([^/]+)\/step\/([^/]+)\/?$/.exec(inApp);
  const isStep =
    step?.[1] !== undefined &&
    step[2] !== undefined &&
    isGuide(site, step[1], exists) &&
    isOtherGuidesStep(site, step[1], step[2], exists, list);
  const fallback = (name: string): string =>
    variants(join(site.dir, name), url.searchParams).find(exists) ?? join(site.dir, name);
  return isStep
    ? { kind: 'file', file: fallback('app.html'), status: 200 }
    : { kind: 'file', file: fallback('404.html'), status: 404 };
}

/**
 * How long a file may be kept: hashed assets for a year; embed.js, which firms' pages load by
 * that name on every visit, five minutes (a change of allowed origins reaches them soon after);
 * anything else is checked again each time (its ETag makes that cheap).
 */
export function cacheControl(site: StaticSite, file: string): string {
  if (file.startsWith(join(site.dir, 'assets') + sep)) return 'public, max-age=31536000, immutable';
  return file === join(site.dir, 'embed.js') ? 'public, max-age=300' : 'no-cache';
}
