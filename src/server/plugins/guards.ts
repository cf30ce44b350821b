import type { FastifyError, FastifyInstance } from 'fastify';
import { sendProblem } from '../http/problem.ts';
import { securityHeaders } from '../http/security-headers.ts';
import type { Logger } from '../log.ts';

/**
 * Longest `Accept-Encoding` read. Browsers send about 30 characters; a hostile 250 KB one
 * would cost 60 ms of CPU to parse for every request (issue 21). Past this, the rest is not read.
 */
const MAX_ACCEPT_ENCODING = 256;
/**
 * An `Accept-Encoding` longer than any browser's (1 KB) is hostile: the page is sent after a
 * pause, so that a client repeating it as fast as it is answered sends one a second per
 * connection, and the bytes it makes the server read stay few.
 */
const HOSTILE_ACCEPT_ENCODING = 1_024;
const HOSTILE_PAUSE_MS = 1_000;

const isApi = (url: string, basePath: string): boolean => url.startsWith(`${basePath}api/`);

/**
 * What holds for every request, whichever plugin answers it: one Host header, a bounded
 * Accept-Encoding, the security headers on every answer, errors as `{ "error": … }` (a 500 is
 * logged, its cause never sent), 405 to methods a page does not take.
 */
export function addGuards(app: FastifyInstance, basePath: string, log: Logger): void {
  app.addHook('onRequest', async (request, reply) => {
    const raw = request.raw.rawHeaders;
    let hosts = 0;
    for (let i = 0; i < raw.length; i += 2) if (raw[i]?.toLowerCase() === 'host') hosts += 1;
    if (hosts > 1) return sendProblem(reply, 400, 'send one Host header', { Connection: 'close' });
    const accept = request.headers['accept-encoding'];
    if (typeof accept === 'string' && accept.length > MAX_ACCEPT_ENCODING) {
      const cut = accept.slice(0, MAX_ACCEPT_ENCODING);
      request.headers['accept-encoding'] = cut.slice(0, Math.max(0, cut.lastIndexOf(',')));
      if (accept.length > HOSTILE_ACCEPT_ENCODING) {
        await new Promise((resolve) => setTimeout(resolve, HOSTILE_PAUSE_MS));
      }
    }
    return undefined;
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(securityHeaders())) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 500 && status !== 503) {
      log.throttled('500', 'http', `answered 500 to ${request.method}: ${error.message}`);
      return sendProblem(reply, 500, 'something went wrong');
    }
    return sendProblem(reply, status, status === 500 ? 'something went wrong' : error.message);
  });

  app.setNotFoundHandler((request, reply) => {
    if (isApi(request.url, basePath)) return sendProblem(reply, 404, 'no such API');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendProblem(reply, 405, 'pages are read with GET', { Allow: 'GET, HEAD' });
    }
    return sendProblem(reply, 404, 'not found');
  });
}
