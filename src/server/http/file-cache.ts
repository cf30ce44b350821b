import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** A page as this server sends it, in each of its forms. */
export interface CachedFile {
  readonly body: Buffer;
  readonly gzip: Buffer;
  readonly br: Buffer;
  /** Changes whenever the body does: answers `If-None-Match` with 304. */
  readonly etag: string;
}

/**
 * The files this server changes as it serves them (every page gets its events meta tag when
 * events are on, and the origins allowed to embed the site when it is told other ones than the
 * build's; embed.js the same origins). They cannot be compressed at build time, so each is
 * rewritten, compressed and given its validator once, at its first request, and kept. Everything
 * else is sent by @fastify/static from the files the build compressed (`scripts/precompress.mjs`).
 */
export function createFileCache(transform: (file: string, text: string) => string) {
  const cache = new Map<string, CachedFile>();
  return {
    get(file: string): CachedFile {
      const hit = cache.get(file);
      if (hit) return hit;
      const body = Buffer.from(transform(file, readFileSync(file, 'utf8')));
      const entry = {
        body,
        gzip: gzipSync(body),
        br: brotliCompressSync(body, {
          params: {
            // Quality 10: a page of 20-40 KB in about 20 ms, once per file and process.
            [constants.BROTLI_PARAM_QUALITY]: 10,
            [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
          },
        }),
        etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      };
      cache.set(file, entry);
      return entry;
    },
  };
}

export type FileCache = ReturnType<typeof createFileCache>;
