import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DatabaseSupervisor } from '../db/database-supervisor.ts';
import { handleEvents, type EventsRouteDeps } from '../events/events-route.ts';
import { handleInsights, type InsightsRouteDeps } from '../insights/insights-route.ts';
import type { Logger } from '../log.ts';
import type { FileCache } from './file-cache.ts';
import { securityHeaders } from './security-headers.ts';
import { sendJson, sendProblem } from './send.ts';
import { serveStatic, type StaticSite } from './static-files.ts';

/** What the server does besides serving the site, when outcome events are on. */
export interface EventRoutes {
  readonly db: DatabaseSupervisor;
  readonly events: EventsRouteDeps;
  readonly insights: InsightsRouteDeps;
  /** The /insights page, or undefined when the build lacks its script. */
  readonly insightsPage: string | undefined;
}

export interface RoutesDeps {
  readonly site: StaticSite;
  readonly files: FileCache;
  readonly log: Logger;
  readonly eventRoutes: EventRoutes | undefined;
}

/**
 * The route table, inside the site's base path: `api/events`, `api/insights.json|csv`,
 * `api/health`, `insights`; everything else is the built site.
 */
export function createRequestHandler(deps: RoutesDeps) {
  const { site, eventRoutes } = deps;
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const inBase = url.pathname.startsWith(site.basePath);
    const path = inBase ? `/${url.pathname.slice(site.basePath.length)}` : undefined;
    if (path === '/api/health') {
      const state = eventRoutes ? eventRoutes.db.state() : 'off';
      sendJson(res, state === 'ready' || state === 'off' ? 200 : 503, { database: state });
      return;
    }
    if (eventRoutes && path !== undefined) {
      if (path === '/api/events') return handleEvents(eventRoutes.events, req, res);
      if (path === '/api/insights.json')
        return handleInsights(eventRoutes.insights, 'json', req, res, url);
      if (path === '/api/insights.csv')
        return handleInsights(eventRoutes.insights, 'csv', req, res, url);
      if (path === '/insights' || path === '/insights/')
        return servePage(eventRoutes.insightsPage, req, res);
    }
    if (path?.startsWith('/api/')) {
      sendProblem(res, 404, 'no such API');
      return;
    }
    serveStatic(site, deps.files, req, res, url);
  };
  return (req: IncomingMessage, res: ServerResponse): void => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      url = new URL('http://localhost/__bad__');
    }
    route(req, res, url).catch((error: unknown) => {
      deps.log.throttled(
        '500',
        'http',
        `answered 500: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!res.headersSent) sendProblem(res, 500, 'something went wrong');
      else res.end();
    });
  };
}

function servePage(html: string | undefined, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendProblem(res, 405, 'use GET', { Allow: 'GET, HEAD' });
    return;
  }
  if (html === undefined) {
    sendProblem(res, 503, 'this build has no insights page; run npm run build');
    return;
  }
  res.writeHead(200, {
    ...securityHeaders(),
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex',
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}
