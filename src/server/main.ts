/**
 * `npm start` (after the build): the Fixpath server. Serves the built site (dist/) as a static
 * host would, and, unless FIXPATH_EVENTS=off, accepts outcome events at /api/events and serves
 * the insights at /insights. Settings come from the environment (see config.ts and README).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import site from 'virtual:fixpath/site';
import { readConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { createLogger } from './log.ts';

const log = createLogger();
const cwd = process.cwd();
const parsed = readConfig(process.env, cwd);
if (!parsed.ok) {
  for (const problem of parsed.problems) log.error('config', problem);
  process.exit(1);
}
const { config } = parsed;
if (!existsSync(join(config.outDir, 'index.html'))) {
  log.error(
    'config',
    `${config.outDir} has no index.html: run \`npm run build\` first (npm start does it for you).`,
  );
  process.exit(1);
}

const app = createApp({ config, content, siteName: site.name, log, cwd });

// Long enough for any step link, and for a hostile 100 KB one to reach the app, which explains
// it (Node's default of 16 KB answers 431 with an empty body: a blank page).
const options = { maxHeaderSize: 256 * 1024 };
const servers: Server[] = [];

function listen(host: string, required: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer(options, app.handler);
    server.once('error', (error) => (required ? reject(error) : resolve()));
    server.listen(config.port, host, () => {
      servers.push(server);
      resolve();
    });
  });
}

try {
  if (config.host) await listen(config.host, true);
  else {
    await listen('127.0.0.1', true);
    // Also answer on IPv6 loopback, where "localhost" may resolve first; skip if unavailable.
    await listen('::1', false);
  }
} catch (error) {
  log.error(
    'http',
    `cannot listen on port ${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
log.info(
  'http',
  `Fixpath is being served at http://${config.host ?? 'localhost'}:${config.port}${config.basePath}` +
    (config.events ? ` (insights at ${config.basePath}insights)` : ' (outcome events off)'),
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('http', `${signal}: stopping`);
  // Whatever happens while closing, the process ends within 10 s.
  setTimeout(() => process.exit(0), 10_000).unref();
  for (const server of servers) server.close();
  for (const server of servers) server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
