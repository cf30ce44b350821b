import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TOKEN_FILE } from './auth/insights-token.ts';
import type { ServerConfig } from './config.ts';
import { describeTarget } from './db/open-database.ts';

const shown = (cwd: string, path: string): string => {
  const near = relative(cwd, path);
  return near && !near.startsWith('..') ? near : path;
};

/**
 * The few lines a newcomer reads once the server listens: where it serves, where data is kept,
 * how to read the insights, and what is not set (with the variable that sets it).
 */
export function startupNotes(config: ServerConfig, cwd: string): string[] {
  const host =
    config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  const lines = [`Fixpath is being served at ${origin}${config.basePath}`];
  const notSet: string[] = [];
  if (config.events) {
    lines.push(`  events are kept in ${describeTarget(config.database)}`);
    lines.push(
      config.insightsToken
        ? `  insights: ${origin}${config.basePath}insights, with the token in FIXPATH_INSIGHTS_TOKEN`
        : `  insights: ${origin}${config.basePath}insights; its token: cat ${shown(cwd, join(config.dataDir, TOKEN_FILE))}`,
    );
    if (config.database.kind === 'embedded')
      notSet.push('DATABASE_URL (PostgreSQL; the embedded database is used)');
  } else {
    lines.push('  outcome events are off (FIXPATH_EVENTS=off): nothing is stored');
  }
  if (!existsSync(join(config.outDir, 'sitemap.xml'))) {
    notSet.push('SITE_URL at build time (no canonical URLs or sitemap)');
  }
  if (config.embedOrigins === undefined)
    notSet.push('FIXPATH_EMBED_ORIGINS (the build’s list of who may embed is used)');
  if (config.trustProxy === false)
    notSet.push('FIXPATH_TRUST_PROXY (no proxy in front is trusted)');
  if (notSet.length > 0) lines.push(`  not set: ${notSet.join('; ')}`);
  lines.push('  settings and limits: README.md, "Running the server"');
  return lines;
}
