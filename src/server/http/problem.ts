import type { FastifyReply } from 'fastify';

/** A problem, as `{ "error": "…" }` (and a list of details when there are several), never cached. */
export function sendProblem(
  reply: FastifyReply,
  status: number,
  error: string,
  headers: Readonly<Record<string, string>> = {},
  details?: readonly string[],
): FastifyReply {
  return reply
    .code(status)
    .headers({ 'Cache-Control': 'no-store', ...headers })
    .type('application/json; charset=utf-8')
    .send(details ? { error, details } : { error });
}
