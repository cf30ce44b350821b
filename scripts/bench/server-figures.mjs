// The server under load (issue 21), on loopback, each figure beside its budget:
// - pages per second on /errors/102 at 50 connections, beside a bare node:http server that
//   writes the same bytes (the same Brotli body) from memory: the limit of this machine;
// - the Accept-Encoding attack: 4 connections sending a 250 KB Accept-Encoding while normal
//   traffic runs; the normal traffic keeps at least 80% of what it had alone;
// - the event flood: 20 addresses (127.0.0.10-29), each under its own rate limit, posting
//   events to the embedded database as fast as they are answered, while /errors/102 keeps at
//   least half its throughput with a 99th percentile under 200 ms; events are shed, pages never.
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { runHttpLoadApart as runHttpLoad } from './http-load.mjs';
import { freePort, startServer } from './server.mjs';

const PAGE = '/errors/102';
const SECONDS = 5;
const BROWSER = { 'Accept-Encoding': 'gzip, deflate, br' };

/** A bare node:http server answering every request with `body` and `headers`. */
async function bareServer(body, headers) {
  const port = await freePort(4190);
  const server = createServer((_req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${port}`, stop: () => new Promise((r) => server.close(r)) };
}

async function pagesBesideBare(outDir) {
  const ours = await startServer({ outDir });
  try {
    const sample = await fetch(`${ours.origin}${PAGE}`, { headers: BROWSER });
    await sample.arrayBuffer();
    // The bytes as sent (fetch decodes them): ask again without decoding.
    const raw = await new Promise((resolve, reject) => {
      const url = new URL(`${ours.origin}${PAGE}`);
      import('node:http').then(({ get }) =>
        get({ host: '127.0.0.1', port: url.port, path: url.pathname, headers: BROWSER }, (res) => {
          const chunks = [];
          res.on('data', (c) => chunks.push(c));
          res.on('end', () => resolve({ body: Buffer.concat(chunks), headers: res.headers }));
        }).on('error', reject),
      );
    });
    const origin = ours.origin.replace('localhost', '127.0.0.1');
    const oursFigures = await runHttpLoad({
      url: `${origin}${PAGE}`,
      connections: 50,
      seconds: SECONDS,
      headers: BROWSER,
    });
    const headers = Object.fromEntries(
      Object.entries(raw.headers).filter(
        ([name]) => !['date', 'connection', 'keep-alive'].includes(name),
      ),
    );
    const bare = await bareServer(raw.body, headers);
    let bareFigures;
    try {
      bareFigures = await runHttpLoad({
        url: `${bare.origin}${PAGE}`,
        connections: 50,
        seconds: SECONDS,
        headers: BROWSER,
      });
    } finally {
      await bare.stop();
    }
    return { ours: oursFigures, bare: bareFigures, bytes: raw.body.length };
  } finally {
    await ours.stop();
  }
}

async function acceptEncodingAttack(outDir) {
  const server = await startServer({ outDir, env: { FIXPATH_EVENTS: 'off' } });
  const url = `${server.origin.replace('localhost', '127.0.0.1')}${PAGE}`;
  try {
    const alone = await runHttpLoad({ url, connections: 10, seconds: SECONDS, headers: BROWSER });
    const hostile = { 'Accept-Encoding': `${'x;q=1,'.repeat(43_000)}br` };
    const [attacked, attack] = await Promise.all([
      runHttpLoad({ url, connections: 10, seconds: SECONDS, headers: BROWSER }),
      runHttpLoad({ url, connections: 4, seconds: SECONDS, headers: hostile }),
    ]);
    return { alone, attacked, attack };
  } finally {
    await server.stop();
  }
}

async function eventFlood(outDir, walkBatch) {
  const dataDir = '.bench/flood-data';
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({
    outDir,
    env: { DATABASE_URL: '', FIXPATH_DATA_DIR: dataDir },
  });
  const origin = server.origin.replace('localhost', '127.0.0.1');
  const url = `${origin}${PAGE}`;
  try {
    const alone = await runHttpLoad({ url, connections: 10, seconds: SECONDS, headers: BROWSER });
    const [during, flood] = await Promise.all([
      runHttpLoad({ url, connections: 10, seconds: SECONDS, headers: BROWSER }),
      runHttpLoad({
        url: `${origin}/api/events`,
        method: 'POST',
        connections: 20,
        seconds: SECONDS,
        headers: { 'Content-Type': 'application/json', Origin: origin },
        bodies: Array.from({ length: 2_000 }, (_, n) => walkBatch(n)),
        localAddresses: Array.from({ length: 20 }, (_, i) => `127.0.0.${10 + i}`),
      }),
    ]);
    return { alone, during, flood };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * @param {string} outDir the built site
 * @param {(n: number) => string} walkBatch the body of the n-th event batch
 */
export async function measureServer(outDir, walkBatch, progress = () => undefined) {
  progress(`pages per second on ${PAGE}, 50 connections, ours and a bare node:http server`);
  const pages = await pagesBesideBare(outDir);
  progress('the Accept-Encoding attack: 4 connections with a 250 KB header');
  const attack = await acceptEncodingAttack(outDir);
  progress('an event flood from 20 addresses on the embedded database');
  const flood = await eventFlood(outDir, walkBatch);
  return { pages, attack, flood };
}

/** The rows of the report. */
export function reportServer(report, { pages, attack, flood }) {
  const per = (f) => `${Math.round(f.perSecond)}/s`;
  report.section(
    `Pages on ${PAGE} (${pages.bytes} B as Brotli), 50 connections, ${SECONDS} s each`,
  );
  report.row('bare node:http, same bytes from memory', per(pages.bare));
  const share = pages.ours.perSecond / pages.bare.perSecond;
  report.row('Fixpath server', per(pages.ours));
  report.row('Fixpath / bare', share.toFixed(2), { text: '>= 0.60', pass: share >= 0.6 });
  report.row('Fixpath p99 latency', `${pages.ours.p99Ms.toFixed(1)} ms`);
  report.section('Accept-Encoding attack: 10 normal connections, then with 4 sending 250 KB');
  report.row('normal traffic alone', per(attack.alone));
  report.row('normal traffic under attack', per(attack.attacked));
  const kept = attack.attacked.perSecond / attack.alone.perSecond;
  report.row('kept', `${Math.round(kept * 100)}%`, { text: '>= 80%', pass: kept >= 0.8 });
  report.row('attacking requests answered', per(attack.attack));
  report.section('Event flood: 20 addresses posting to the embedded database, 10 page connections');
  report.row('pages alone', per(flood.alone));
  report.row('pages during the flood', per(flood.during));
  const half = flood.during.perSecond / flood.alone.perSecond;
  report.row('kept', `${Math.round(half * 100)}%`, { text: '>= 50%', pass: half >= 0.5 });
  report.row('page p99 during the flood', `${flood.during.p99Ms.toFixed(1)} ms`, {
    text: '< 200 ms',
    pass: flood.during.p99Ms < 200,
  });
  const pageErrors = Object.keys(flood.during.statuses).filter((s) => s !== '200');
  report.row('page answers other than 200', pageErrors.join(', ') || 'none', {
    text: 'none',
    pass: pageErrors.length === 0,
  });
  report.row(
    'event answers',
    Object.entries(flood.flood.statuses)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', '),
  );
}
