/**
 * The origins allowed to show Fixpath in a frame (`embed.allowedOrigins` in content/site.yaml,
 * or `FIXPATH_EMBED_ORIGINS`). One strict form, because the same list goes into a header
 * (`frame-ancestors`), into embed.js and into every embed page: an https origin with no path,
 * or a loopback http origin for trying it out on one's own machine.
 */
const ORIGIN =
  /^(?:https:\/\/[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|http:\/\/(?:localhost|127\.0\.0\.1))(?::\d{1,5})?$/;

/** `https://www.firm.example` as one origin (lower case, no default port), or undefined. */
export function parseOrigin(text: string): string | undefined {
  const candidate = text.trim().toLowerCase().replace(/\/$/, '');
  if (!ORIGIN.test(candidate)) return undefined;
  const port = /:(\d+)$/.exec(candidate)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65_535)) return undefined;
  const defaultPort = candidate.startsWith('https:') ? ':443' : ':80';
  return candidate.endsWith(defaultPort) ? candidate.slice(0, -defaultPort.length) : candidate;
}

export type OriginList =
  | { readonly ok: true; readonly origins: readonly string[] }
  | { readonly ok: false; readonly rejected: readonly string[] };

/** A list written as text (spaces or commas between origins; `none` for none). */
export function parseOriginList(text: string): OriginList {
  const items = text.split(/[\s,]+/).filter(Boolean);
  if (items.length === 1 && items[0]?.toLowerCase() === 'none') return { ok: true, origins: [] };
  const origins: string[] = [];
  const rejected: string[] = [];
  for (const item of items) {
    const origin = parseOrigin(item);
    if (origin === undefined) rejected.push(item);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return rejected.length > 0 ? { ok: false, rejected } : { ok: true, origins };
}

/** Exactly one of the allowed origins (no wildcards, no prefixes). */
export const isAllowedOrigin = (origin: string, allowed: readonly string[]): boolean =>
  allowed.includes(origin);
