/**
 * The built site, served as a static host would: prerendered pages as they are (the agent view
 * of a page, `index.agent.html`, for `?mode=agent`), step URLs that were not prerendered through
 * the wizard's shell, anything else a real 404, and error codes typed in capitals moved to their
 * lower-case address. Two small decisions live here, each one function, so that rules
 * can be added to them: which file answers a URL (`chooseFile`), and the headers that go with
 * it (`fileHeaders`).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { chooseEncoding } from './content-encoding.ts';
import type { FileCache } from './file-cache.ts';
import { securityHeaders } from './security-headers.ts';

export interface StaticSite {
  /** The built site's folder (absolute). */
  readonly dir: string;
  /** `/` or `/help/`. */
  readonly basePath: string;
}

export type StaticChoice =
  | { readonly kind: 'file'; readonly file: string; readonly status: 200 | 404 }
  | { readonly kind: 'redirect'; readonly location: string };

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

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

function resolveInSite(
  site: StaticSite,
  urlPath: string,
  query: URLSearchParams,
  exists: (p: string) => boolean,
) {
  const { basePath, dir } = site;
  if (!urlPath.startsWith(basePath) && `${urlPath}/` !== basePath) return undefined;
  const rel = normalize(decodeURIComponent(urlPath.slice(basePath.length))).replace(
    /^([/\\])+/,
    '',
  );
  if (rel.startsWith('..')) return undefined;
  const target = join(dir, rel);
  if (!target.startsWith(dir + sep) && target !== dir) return undefined;
  return candidates(target, query).find(exists);
}

/** Which file answers this URL, with which status, or where it has moved. */
export function chooseFile(site: StaticSite, url: URL, exists = isFile): StaticChoice {
  let urlPath = url.pathname;
  try {
    decodeURIComponent(urlPath);
  } catch {
    urlPath = '/__bad__';
  }
  const inApp = urlPath.slice(site.basePath.length - 1);
  // Error codes are lower-case in addresses: /errors/H202 moves permanently to /errors/h202.
  const code = /^(\/errors\/)([^/]+)(.*)$/.exec(inApp);
  if (code?.[1] && code[2] && code[2] !== code[2].toLowerCase()) {
    const location = `${site.basePath.slice(0, -1)}${code[1]}${code[2].toLowerCase()}${code[3] ?? ''}${url.search}`;
    return { kind: 'redirect', location };
  }
  const file = resolveInSite(site, urlPath, url.searchParams, exists);
  if (file) return { kind: 'file', file, status: 200 };
  const isStep = /^\/errors\/[^/]+\/step\/[^/]+\/?$/.test(inApp);
  const fallback = (file: string): string =>
    variants(join(site.dir, file), url.searchParams).find(exists) ?? join(site.dir, file);
  return isStep
    ? { kind: 'file', file: fallback('app.html'), status: 200 }
    : { kind: 'file', file: fallback('404.html'), status: 404 };
}

/**
 * How long a file may be kept: hashed assets for a year; embed.js, which firms' pages load by
 * that name on every visit, five minutes (a change of allowed origins reaches them soon after);
 * anything else is checked again each time (its ETag makes that cheap).
 */
function cacheControl(site: StaticSite, file: string): string {
  if (file.startsWith(join(site.dir, 'assets') + sep)) return 'public, max-age=31536000, immutable';
  return file === join(site.dir, 'embed.js') ? 'public, max-age=300' : 'no-cache';
}

/** The headers for one file of the site. */
export function fileHeaders(site: StaticSite, file: string, type: string): Record<string, string> {
  return {
    'Content-Type': type,
    ...securityHeaders(true),
    'Cache-Control': cacheControl(site, file),
    Vary: 'Accept-Encoding',
  };
}

export function serveStatic(
  site: StaticSite,
  files: FileCache,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): void {
  const choice = chooseFile(site, url);
  if (choice.kind === 'redirect') {
    res.writeHead(301, { Location: choice.location, ...securityHeaders(true) });
    res.end();
    return;
  }
  const { body, gzip, br, type, etag } = files.get(choice.file);
  const headers: Record<string, string> = { ...fileHeaders(site, choice.file, type), ETag: etag };
  if (choice.status === 200 && req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const encoding = chooseEncoding(req.headers['accept-encoding'], {
    br: br !== null,
    gzip: gzip !== null,
  });
  if (encoding !== 'identity') headers['Content-Encoding'] = encoding;
  res.writeHead(choice.status, headers);
  const sent = encoding === 'br' ? br : encoding === 'gzip' ? gzip : body;
  res.end(req.method === 'HEAD' ? undefined : sent);
}
