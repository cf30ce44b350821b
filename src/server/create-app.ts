import type { ErrorEntry } from '../content/types.ts';
import type { ServerConfig } from './config.ts';
import { loadInsightsToken } from './auth/insights-token.ts';
import { superviseDatabase, type DatabaseSupervisor } from './db/database-supervisor.ts';
import type { Database } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { describeTarget, openDatabase } from './db/open-database.ts';
import { withEventsMeta } from './events-meta.ts';
import { buildCatalogue } from './events/content-catalogue.ts';
import { createFileCache } from './http/file-cache.ts';
import { createRateLimiter } from './http/rate-limit.ts';
import { createRequestHandler, type EventRoutes } from './http/routes.ts';
import { embedSetup } from './http/embed-setup.ts';
import { adoptFrameOrigins, adoptPolicyOf } from './http/security-headers.ts';
import { insightsPageHtml, readInsightsAssets } from './insights/insights-page.ts';
import type { Logger } from './log.ts';

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
  readonly handler: ReturnType<typeof createRequestHandler>;
  readonly db: DatabaseSupervisor | undefined;
  close(): Promise<void>;
}

/** The whole server but the sockets: the site, and (unless turned off) events and insights. */
export function createApp(inputs: AppInputs): App {
  const { config, log } = inputs;
  const site = { dir: config.outDir, basePath: config.basePath };
  adoptPolicyOf(config.outDir);
  const embed = embedSetup(config.outDir, config.embedOrigins);
  adoptFrameOrigins(embed.origins);
  let eventRoutes: EventRoutes | undefined;
  if (config.events) {
    const catalogue = buildCatalogue(inputs.content);
    const open = inputs.openDb ?? (() => openDatabase(config.database));
    const db = superviseDatabase({
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
    const token = loadInsightsToken({
      fromEnv: config.insightsToken,
      dataDir: config.dataDir,
      cwd: inputs.cwd,
      log,
    });
    const assets = readInsightsAssets(config.outDir, config.basePath);
    const common = { catalogue, db, log, trustProxy: config.trustProxy };
    eventRoutes = {
      db,
      events: {
        ...common,
        limiter: createRateLimiter({ perMinute: config.rateLimitPerMinute }),
        publicOrigin: config.publicOrigin,
        now: inputs.now ?? (() => new Date()),
      },
      insights: { ...common, token, limiter: createRateLimiter({ perMinute: 300 }) },
      insightsPage: assets && insightsPageHtml(assets, inputs.siteName, config.basePath),
    };
  }
  const files = createFileCache((file, text) => {
    const served = embed.rewrite(file, text);
    return config.events && file.endsWith('.html')
      ? withEventsMeta(served, config.basePath)
      : served;
  });
  return {
    handler: createRequestHandler({ site, files, log, eventRoutes }),
    db: eventRoutes?.db,
    close: async () => {
      await eventRoutes?.db.close();
    },
  };
}
