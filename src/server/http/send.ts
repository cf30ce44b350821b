import type { ServerResponse } from 'node:http';
import { securityHeaders } from './security-headers.ts';

type Headers = Readonly<Record<string, string>>;

/** A JSON answer that no cache keeps. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Headers = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...securityHeaders(),
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  res.end(text);
}

/** A problem, as `{ "error": "…" }` (and a list of details when there are several). */
export function sendProblem(
  res: ServerResponse,
  status: number,
  error: string,
  headers: Headers = {},
  details?: readonly string[],
): void {
  sendJson(res, status, details ? { error, details } : { error }, headers);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Headers = {}): void {
  res.writeHead(status, { ...securityHeaders(), 'Cache-Control': 'no-store', ...headers });
  res.end();
}
