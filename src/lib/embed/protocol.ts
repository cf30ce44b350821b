/**
 * The messages between embed.js on a firm's page (the host) and a Fixpath page in its frame.
 * Each side accepts a message only from the other's origin and window, and only in exactly
 * this shape; anything else is ignored.
 *
 * - host -> frame: `{ fixpath: 'host', kind: 'hello' }`, after each page load in the frame,
 *   so the frame learns where to report (for browsers that cannot tell it otherwise).
 * - frame -> host: `{ fixpath: 'frame', kind: 'height', height }`, the page's height in CSS
 *   pixels, whenever it changes.
 */
export interface HeightMessage {
  readonly fixpath: 'frame';
  readonly kind: 'height';
  readonly height: number;
}

export interface HelloMessage {
  readonly fixpath: 'host';
  readonly kind: 'hello';
}

/** No page is taller than this; a bigger number is a mistake or mischief. */
export const MAX_HEIGHT = 100_000;

const hasExactly = (value: object, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => own.includes(key));
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const heightMessage = (height: number): HeightMessage => ({
  fixpath: 'frame',
  kind: 'height',
  height: Math.min(MAX_HEIGHT, Math.max(0, Math.ceil(height))),
});

export const HELLO: HelloMessage = { fixpath: 'host', kind: 'hello' };

/** A height message from the frame, or undefined for anything else. */
export function parseHeightMessage(data: unknown): HeightMessage | undefined {
  if (!isRecord(data) || !hasExactly(data, ['fixpath', 'kind', 'height'])) return undefined;
  const { fixpath, kind, height } = data;
  if (fixpath !== 'frame' || kind !== 'height') return undefined;
  if (typeof height !== 'number' || !Number.isInteger(height)) return undefined;
  return height >= 0 && height <= MAX_HEIGHT ? { fixpath, kind, height } : undefined;
}

/** The host's hello, or undefined for anything else. */
export function parseHelloMessage(data: unknown): HelloMessage | undefined {
  // Both keys with these values, and no other (every embed page carries this check: kept short).
  return isRecord(data) &&
    data['fixpath'] === 'host' &&
    data['kind'] === 'hello' &&
    Object.keys(data).length === 2
    ? HELLO
    : undefined;
}

/** What a `message` event says about where it came from. */
export interface Arrival {
  readonly origin: string;
  readonly source: unknown;
  readonly data: unknown;
}

/**
 * The host's check: a height from the Fixpath page in its own frame (that origin, that window),
 * or undefined.
 */
export const heightFrom = (
  event: Arrival,
  expected: { readonly origin: string; readonly source: unknown },
): HeightMessage | undefined =>
  event.origin === expected.origin && event.source === expected.source && event.source !== null
    ? parseHeightMessage(event.data)
    : undefined;

/**
 * The frame's check: a hello from its parent window, on an allowed origin. Returns the origin
 * to report to, or undefined.
 */
export const helloFrom = (
  event: Arrival,
  parent: unknown,
  allowed: readonly string[],
): string | undefined =>
  event.source === parent &&
  event.source !== null &&
  allowed.includes(event.origin) &&
  parseHelloMessage(event.data)
    ? event.origin
    : undefined;
