/**
 * What a firm's snippet may ask for (its `data-*` attributes), checked the same way by embed.js
 * on the firm's page and by the Fixpath page in the frame, which reads them from its address.
 * Each check gives a clean value, or undefined for anything it cannot trust.
 */

export { CONTEXT_PARAM, RETURN_PARAM } from './keep-frame-settings.ts';

/** Error codes are short: anything longer is not one. */
export const MAX_CODE_LENGTH = 24;
/** A ticket or case id, as it appears in the call summary. */
export const MAX_CONTEXT_LENGTH = 64;
export const MAX_URL_LENGTH = 2_000;

/** An error code as it appears in an address (`102`, `ol-202`), or undefined. */
export function parseErrorCode(text: string): string | undefined {
  const slug = text.trim().toLowerCase();
  return slug.length <= MAX_CODE_LENGTH && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)
    ? slug
    : undefined;
}

/** `agent` or `owner`, or undefined. */
export function parseMode(text: string): 'agent' | 'owner' | undefined {
  const mode = text.trim().toLowerCase();
  return mode === 'agent' || mode === 'owner' ? mode : undefined;
}

/**
 * Where "I'm done" goes: an http or https address (relative ones are read against `base`, the
 * firm's page), with no user name or password in it. Undefined for anything else
 * (`javascript:`, `data:`, too long, not an address).
 */
export function parseReturnUrl(text: string, base?: string): string | undefined {
  if (text.length > MAX_URL_LENGTH) return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(text.trim()) : new URL(text.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return url.href.length <= MAX_URL_LENGTH ? url.href : undefined;
}

/**
 * A ticket or case id: printable text of up to 64 characters, shown only as text. Undefined for
 * an empty, longer or control-character-bearing value.
 */
export function parseContext(text: string): string | undefined {
  const context = text.trim();
  if (context.length === 0 || context.length > MAX_CONTEXT_LENGTH) return undefined;
  return [...context].some(isControl) ? undefined : context;
}

/** Control characters (C0, DEL, C1) and the line and paragraph separators. */
function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029;
}
