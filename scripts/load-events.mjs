// A bounded load of outcome events on one server, as many browsers would send them: `clients`
// loops, each posting its walks in batches, until `totalEvents` have been sent or `timeLimitMs`
// has passed (each request also has its own time limit). Every event acknowledged with a 2xx is
// recorded, so the caller can check that each one is in the database. Used by the server's
// durability test and by `npm run bench`.

/**
 * @param {{
 *   url: string,
 *   origin: string,
 *   clients: number,
 *   totalEvents: number,
 *   timeLimitMs: number,
 *   batchSize?: number,
 *   requestTimeoutMs?: number,
 *   nextWalk: (n: number) => Array<{ walk: string, seq: number }>,
 *   acked?: Set<string>,
 * }} options
 *   acked: a set to fill as acknowledgements arrive (to watch the load while it runs).
 */
export async function runEventLoad(options) {
  const batchSize = options.batchSize ?? 10;
  const requestTimeoutMs = options.requestTimeoutMs ?? 5_000;
  const started = performance.now();
  const deadline = started + options.timeLimitMs;
  /** @type {Set<string>} */
  const acked = options.acked ?? new Set();
  /** @type {Record<string, number>} */
  const statuses = {};
  let sent = 0;
  let requests = 0;
  const more = () => sent < options.totalEvents && performance.now() < deadline;

  async function post(events) {
    requests += 1;
    try {
      const response = await fetch(options.url, {
        method: 'POST',
        body: JSON.stringify({ events }),
        headers: { 'Content-Type': 'application/json', Origin: options.origin },
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      await response.arrayBuffer();
      return String(response.status);
    } catch {
      return 'no answer';
    }
  }

  async function client(index) {
    for (let n = index; more(); n += options.clients) {
      const walk = options.nextWalk(n);
      for (let i = 0; i < walk.length && more(); i += batchSize) {
        const events = walk.slice(i, Math.min(i + batchSize, walk.length));
        sent += events.length;
        const status = await post(events);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (status.startsWith('2')) for (const e of events) acked.add(`${e.walk}:${e.seq}`);
      }
    }
  }

  await Promise.all(Array.from({ length: options.clients }, (_, i) => client(i)));
  return { acked, sent, requests, statuses, elapsedMs: performance.now() - started };
}
