// A small closed-loop HTTP load generator for the bench (no dependency): `connections` keep-alive
// connections, each sending its next request as soon as the last answer has been read, for
// `seconds`. Reports requests per second, statuses and latency percentiles. `runHttpLoadApart`
// runs it in a process of its own, so that two loads at once (normal traffic and an attack) do
// not slow each other in one event loop: only the server is shared.
import { fork } from 'node:child_process';
import { Agent, request } from 'node:http';

/**
 * @param {{
 *   url: string,
 *   connections: number,
 *   seconds: number,
 *   method?: string,
 *   headers?: Record<string, string>,
 *   bodies?: string[],
 *   localAddresses?: string[],
 * }} options
 *   bodies: sent in turn (POST); localAddresses: connection i binds the i-th (one client each).
 */
export async function runHttpLoad(options) {
  const url = new URL(options.url);
  const latencies = [];
  /** @type {Record<string, number>} */
  const statuses = {};
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let n = 0;
  const one = (agent, localAddress) =>
    new Promise((resolve) => {
      const index = n++;
      const body = options.bodies?.[index % options.bodies.length];
      const headers = options.headers ?? {};
      const at = performance.now();
      const req = request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: options.method ?? 'GET',
          agent,
          headers:
            body === undefined
              ? headers
              : { ...headers, 'Content-Length': Buffer.byteLength(body) },
          ...(localAddress ? { localAddress } : {}),
        },
        (res) => {
          res.on('data', () => undefined);
          res.on('end', () => {
            statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
            latencies.push(performance.now() - at);
            resolve();
          });
        },
      );
      req.setTimeout(10_000, () => req.destroy());
      req.on('error', () => {
        statuses['no answer'] = (statuses['no answer'] ?? 0) + 1;
        resolve();
      });
      req.end(body);
    });
  const loop = async (connection) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const localAddress = options.localAddresses?.[connection];
    while (performance.now() < deadline) await one(agent, localAddress);
    agent.destroy();
  };
  await Promise.all(Array.from({ length: options.connections }, (_, i) => loop(i)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  const ok = Object.entries(statuses)
    .filter(([status]) => status.startsWith('2') || status === '304')
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    perSecond: ok / seconds,
    requests: latencies.length,
    statuses,
    medianMs: at(0.5),
    p99Ms: at(0.99),
  };
}

/** `runHttpLoad` in a child process. */
export function runHttpLoadApart(options) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url), ['--child'], { stdio: 'inherit' });
    child.once('message', (result) => {
      resolve(result);
      child.disconnect();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the load process exited with ${code}`));
    });
    child.send(options);
  });
}

if (process.argv.includes('--child') && process.send) {
  process.once('message', async (options) => {
    process.send?.(await runHttpLoad(options));
  });
}
