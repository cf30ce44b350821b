import fastifyStatic from '@fastify/static';
import { negotiate } from '@fastify/accept-negotiator';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { basename, extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { cacheControl, chooseFile, type StaticSite } from '../http/choose-file.ts';
import type { FileCache } from '../http/file-cache.ts';
import { sendProblem } from '../http/problem.ts';
import { pageForRoute } from '../http/route-in-link.ts';
import { securityHeaders } from '../http/security-headers.ts';

export interface PagesOptions {
  readonly site: StaticSite;
  /** The pages and embed.js, as this server rewrites them. */
  readonly files: FileCache;
}

/**
 * Types Fixpath chooses over the static sender's guesses: scripts as `text/javascript` (as the
 * HTML standard names them), and the maps' downloads (Mermaid, Graphviz) and the build's
 * `_headers` as text to read, not files to run or guess at (with nosniff).
 */
const TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.dot': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const typeOf = (file: string): string | undefined =>
  basename(file) === '_headers' ? 'text/plain; charset=utf-8' : TYPES[extname(file)];

/**
 * The built site: Fixpath's own choice of file (choose-file.ts), the pages and embed.js from
 * the file cache (rewritten once, compressed once), everything else by @fastify/static from the
 * files the build compressed (ETag, 304, ranges, its negotiation).
 */
export const pagesPlugin: FastifyPluginAsync<PagesOptions> = async (app, { site, files }) => {
  await app.register(fastifyStatic, {
    root: site.dir,
    serve: false,
    preCompressed: true,
    cacheControl: false,
    lastModified: false,
    dotfiles: 'deny',
  });
  const embedScript = join(site.dir, 'embed.js');
  const rewritten = (file: string): boolean => file.endsWith('.html') || file === embedScript;
  const types = new WeakMap<FastifyRequest, string>();

  app.addHook('onSend', async (request, reply, payload) => {
    const type = types.get(request);
    if (type && reply.statusCode < 300) reply.header('content-type', type);
    return payload;
  });

  const fromCache = (
    request: FastifyRequest,
    reply: FastifyReply,
    file: string,
    status: 200 | 404,
  ) => {
    const { body, gzip, br, etag } = files.get(file);
    reply.code(status).header('ETag', etag);
    if (status === 200 && request.headers['if-none-match'] === etag) return reply.code(304).send();
    const accept = request.headers['accept-encoding'];
    const encoding = typeof accept === 'string' ? negotiate(accept, ['br', 'gzip']) : null;
    if (encoding) reply.header('Content-Encoding', encoding);
    reply.type(
      file.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
    );
    return reply.send(encoding === 'br' ? br : encoding === 'gzip' ? gzip : body);
  };

  /**
   * A step page reached by another route than the one it was prerendered for: rewritten for the
   * route in its address (route-in-link.ts), compressed for this answer alone (no ETag: the same
   * file gives a page per route). Any other page: as cached.
   */
  const fromRoute = (
    request: FastifyRequest,
    reply: FastifyReply,
    file: string,
    route: string | null,
  ) => {
    const page = route === null ? undefined : pageForRoute(files.get(file).body.toString(), route);
    if (page === undefined) return fromCache(request, reply, file, 200);
    const body = Buffer.from(page);
    const accept = request.headers['accept-encoding'];
    const encoding = typeof accept === 'string' ? negotiate(accept, ['br', 'gzip']) : null;
    if (encoding) reply.header('Content-Encoding', encoding);
    reply.code(200).type('text/html; charset=utf-8');
    if (encoding === 'gzip') return reply.send(gzipSync(body));
    if (encoding !== 'br') return reply.send(body);
    // Quality 5: a step page in well under a millisecond, for every such request.
    return reply.send(
      brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }),
    );
  };

  app.get(`${site.basePath}api/*`, (_request, reply) => sendProblem(reply, 404, 'no such API'));

  app.get('/*', (request, reply) => {
    const url = new URL(`http://localhost${request.url}`);
    const choice = chooseFile(site, url);
    if (choice.kind === 'redirect') {
      return reply
        .code(301)
        .headers(securityHeaders(true))
        .header('Location', choice.location)
        .send();
    }
    const { file, status } = choice;
    reply.headers({
      ...securityHeaders(true),
      'Cache-Control': cacheControl(site, file),
      Vary: 'Accept-Encoding',
    });
    if (rewritten(file) && status === 200 && file.endsWith('.html')) {
      return fromRoute(request, reply, file, url.searchParams.get('s'));
    }
    if (rewritten(file)) return fromCache(request, reply, file, status);
    const type = typeOf(file);
    if (type) types.set(request, type);
    return reply.sendFile(relative(site.dir, file), site.dir);
  });
};
