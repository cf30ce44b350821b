/**
 * `npm start` (after the build): the Fixpath server. Serves the built site (dist/) as a static
 * host would, and, unless FIXPATH_EVENTS=off, accepts outcome events at /api/events and serves
 * the insights at /insights. Settings come from the environment (see config.ts and README).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import content from 'virtual:fixpath/all';
import site from 'virtual:fixpath/site';
import { readConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { createLogger } from './log.ts';
import { startupNotes } from './startup-notes.ts';

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

try {
  // "localhost": Fastify listens on each of its addresses (IPv4 and IPv6 loopback).
  await app.fastify.listen({ port: config.port, host: config.host ?? 'localhost' });
} catch (error) {
  log.error(
    'http',
    `cannot listen on port ${config.port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
process.stdout.write(`${startupNotes(config, cwd).join('\n')}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('http', `${signal}: finishing the requests in flight, then stopping`);
  // Whatever happens while closing, the process ends within 10 s.
  setTimeout(() => process.exit(0), 9_000).unref();
  // No new connections; idle keep-alive ones closed; those in flight answered; then the
  // database closed (an onClose hook).
  await app.fastify.close();
  log.info('http', 'stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
