import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly status: 400 | 413 | 415; readonly reason: string };

/**
 * Reads a request body of at most `limit` bytes, as UTF-8 text. A larger body is refused as
 * soon as it is known to be larger (from Content-Length, or while it streams in).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const encoding = req.headers['content-encoding'];
  if (encoding && encoding !== 'identity') {
    return Promise.resolve({
      ok: false,
      status: 415,
      reason: 'compressed bodies are not accepted',
    });
  }
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    return Promise.resolve({
      ok: false,
      status: 413,
      reason: `the body is larger than ${limit} bytes`,
    });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult): void => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({ ok: false, status: 413, reason: `the body is larger than ${limit} bytes` });
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        finish({ ok: true, text });
      } catch {
        finish({ ok: false, status: 400, reason: 'the body is not UTF-8 text' });
      }
    });
    req.on('error', () => finish({ ok: false, status: 400, reason: 'the body could not be read' }));
    req.on('aborted', () => finish({ ok: false, status: 400, reason: 'the request was aborted' }));
  });
}
