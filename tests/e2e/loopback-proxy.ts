import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the production server answered, as the proxy passes it on (its status is sent already). */
export interface Upstream {
  /** Only the headers a page needs: its type, its policy and its caching. */
  readonly headers: Readonly<Record<string, string>>;
  /** Uncompressed, so that a test can cut or hold it. */
  readonly body: Buffer;
}

export interface ProxyHooks {
  /** Called with each request before it is passed on (it may wait, to hold a response back). */
  readonly onRequest?: (url: string, body: Buffer) => void | Promise<void>;
  /** Writes the response; by default, the upstream answer as it is. */
  readonly respond?: (upstream: Upstream, response: ServerResponse) => void;
}

export interface LoopbackProxy {
  /** `http://127.0.0.1:<port>`: open pages here instead of the test's base URL. */
  readonly origin: string;
  readonly close: () => Promise<void>;
}

const KEPT_HEADERS = ['content-type', 'content-security-policy', 'cache-control'];

/**
 * A proxy on the loopback address in front of the production server, for journeys that shape
 * what the browser gets: a page sent in two parts, scripts held back until the test lets them
 * through.
 */
export async function startLoopbackProxy(
  upstream: string,
  { onRequest, respond = (answer, response) => response.end(answer.body) }: ProxyHooks = {},
): Promise<LoopbackProxy> {
  const server = createServer((request, response) => {
    void (async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(Buffer.from(chunk as Uint8Array));
      const body = Buffer.concat(chunks);
      const url = request.url ?? '/';
      await onRequest?.(url, body);
      const type = request.headers['content-type'];
      const reply = await fetch(new URL(url, upstream), {
        method: request.method ?? 'GET',
        headers: { 'accept-encoding': 'identity', ...(type ? { 'content-type': type } : {}) },
        ...(body.length > 0 ? { body } : {}),
      });
      const headers: Record<string, string> = {};
      for (const name of KEPT_HEADERS) {
        const value = reply.headers.get(name);
        if (value) headers[name] = value;
      }
      response.writeHead(reply.status, headers);
      respond({ headers, body: Buffer.from(await reply.arrayBuffer()) }, response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
