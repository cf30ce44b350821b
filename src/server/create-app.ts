import Fastify, { LogController, type FastifyInstance } from 'fastify';
import type { ErrorEntry } from '../content/types.ts';
import type { ServerConfig } from './config.ts';
import { loadInsightsToken } from './auth/insights-token.ts';
import { superviseDatabase, type DatabaseSupervisor } from './db/database-supervisor.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { describeTarget, openDatabase } from './db/open-database.ts';
import { withEventsMeta } from './events-meta.ts';
import { buildCatalogue } from './events/content-catalogue.ts';
import { eventsPlugin } from './events/events-plugin.ts';
import { fastifyLogger } from './fastify-logger.ts';
import { embedSetup } from './http/embed-setup.ts';
import { createFileCache } from './http/file-cache.ts';
import { sendProblem } from './http/problem.ts';
import { adoptFrameOrigins, adoptPolicyOf, securityHeaders } from './http/security-headers.ts';
import { insightsPageHtml, readInsightsAssets } from './insights/insights-page.ts';
import { insightsPlugin } from './insights/insights-plugin.ts';
import type { Logger } from './log.ts';
import { addGuards } from './plugins/guards.ts';
import { healthPlugin } from './plugins/health-plugin.ts';
import { pagesPlugin } from './plugins/pages-plugin.ts';

export interface AppInputs {
  readonly config: ServerConfig;
  readonly content: readonly ErrorEntry[];
  readonly siteName: string;
  readonly log: Logger;
  readonly cwd: string;
  readonly now?: () => Date;
  /** Opens the database (tests wrap it to inject faults). */
  readonly openDb?: () => Promise<Database>;
}

export interface App {
  readonly fastify: FastifyInstance;
  readonly db: DatabaseSupervisor | undefined;
}

// Long enough for any step link, and for a hostile 100 KB one to reach the app, which explains
// it (Node's default of 16 KB answers 431 with an empty body: a blank page).
const MAX_HEADER_BYTES = 256 * 1024;

/** Whom to believe about the client's address: nobody, the nearest `hops` proxies, or those listed. */
function trustProxyOption(
  trust: ServerConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return typeof trust === 'boolean' ? trust : [...trust];
}

function openSupervised(inputs: AppInputs): DatabaseSupervisor {
  const { config, log } = inputs;
  const open = inputs.openDb ?? (() => openDatabase(config.database));
  return superviseDatabase({
    open: async () => {
      const opened = await open();
      try {
        await migrate(opened);
      } catch (error) {
        await opened.close();
        throw error;
      }
      return opened;
    },
    log,
    description: describeTarget(config.database),
  });
}

/**
 * The whole server as a tree of Fastify plugins, one per concern: health, events, insights,
 * and the built site. `app.fastify.listen()` serves it; `app.fastify.close()` drains it and
 * closes the database.
 */
export function createApp(inputs: AppInputs): App {
  const { config, log } = inputs;
  const timeout = config.requestTimeoutMs;
  const fastify = Fastify({
    loggerInstance: fastifyLogger(log),
    // No line per request (Fastify's default): what is logged is what went wrong.
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: trustProxyOption(config.trustProxy),
    // Slow headers or a slow body: 408 and the socket closed once the request takes longer.
    requestTimeout: timeout,
    keepAliveTimeout: config.keepAliveMs,
    connectionTimeout: timeout + config.keepAliveMs,
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: timeout,
      requestTimeout: timeout,
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(timeout / 4)),
    },
    routerOptions: { maxParamLength: MAX_HEADER_BYTES },
    // A broken escape (`/%zz`, `/%E0%A4%A`) is the client's mistake: 400, as any other.
    frameworkErrors: (error, _request, reply) =>
      sendProblem(
        reply.headers(securityHeaders()),
        error.statusCode ?? 400,
        error.code === 'FST_ERR_BAD_URL' ? 'the address has a broken escape (%)' : error.message,
      ),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
  });
  addGuards(fastify, config.basePath, log);
  adoptPolicyOf(config.outDir);
  const embed = embedSetup(config.outDir, config.embedOrigins);
  adoptFrameOrigins(embed.origins);
  const db = config.events ? openSupervised(inputs) : undefined;
  const prefix = config.basePath.replace(/\/$/, '');

  void fastify.register(healthPlugin, { prefix, db });
  if (db) {
    const catalogue = buildCatalogue(inputs.content);
    const token = loadInsightsToken({
      fromEnv: config.insightsToken,
      dataDir: config.dataDir,
      cwd: inputs.cwd,
      log,
    });
    const assets = readInsightsAssets(config.outDir, config.basePath);
    void fastify.register(eventsPlugin, {
      prefix,
      catalogue,
      db,
      log,
      perMinute: config.rateLimitPerMinute,
      publicOrigin: config.publicOrigin,
      maxRows: config.eventsMaxRows,
      maxPending: config.eventsMaxPending,
      shedAtDelayMs: config.shedEventsAtDelayMs,
      shedAtUtilization: config.shedEventsAtUtilization,
      // PostgreSQL stores in its own process: only the embedded database takes this one's time.
      cpuShare: config.database.kind === 'postgres' ? 0 : config.eventsCpuShare,
      now: inputs.now ?? (() => new Date()),
    });
    void fastify.register(insightsPlugin, {
      prefix,
      catalogue,
      db,
      token,
      log,
      page: assets && insightsPageHtml(assets, inputs.siteName, config.basePath),
    });
    fastify.addHook('onClose', async () => db.close());
  }
  const files = createFileCache((file, text) => {
    const served = embed.rewrite(file, text);
    return db && file.endsWith('.html') ? withEventsMeta(served, config.basePath) : served;
  });
  void fastify.register(pagesPlugin, {
    site: { dir: config.outDir, basePath: config.basePath },
    files,
  });
  return { fastify, db };
}
