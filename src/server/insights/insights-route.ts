import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { InsightsIndex } from '../../insights/report-schema.ts';
import { bearerToken, tokensMatch } from '../auth/compare-token.ts';
import {
  DatabaseUnavailableError,
  message,
  type DatabaseSupervisor,
} from '../db/database-supervisor.ts';
import type { Catalogue } from '../events/content-catalogue.ts';
import { refuseOverLimit } from '../http/over-limit.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { securityHeaders } from '../http/security-headers.ts';
import { sendJson, sendProblem } from '../http/send.ts';
import type { Logger } from '../log.ts';
import { reportCsv } from './insights-csv.ts';
import { queryErrorFigures, queryErrorTotals, type HourRange } from './insights-query.ts';
import { buildReport } from './insights-report.ts';

export interface InsightsRouteDeps {
  readonly catalogue: Catalogue;
  readonly db: DatabaseSupervisor;
  readonly token: string;
  readonly limiter: RateLimiter;
  readonly log: Logger;
  readonly trustProxy: boolean;
}

const day = z.iso.date();
const querySchema = z.object({
  error: z.string().max(80).optional(),
  from: day.optional(),
  to: day.optional(),
});

const DAY_MS = 86_400_000;

/**
 * `GET /api/insights.json?error=<code>&from=YYYY-MM-DD&to=YYYY-MM-DD` and
 * `GET /api/insights.csv?error=<code>…`: the figures, for whoever holds the token
 * (`Authorization: Bearer <token>`). Without it, 401.
 */
export async function handleInsights(
  deps: InsightsRouteDeps,
  format: 'json' | 'csv',
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendProblem(res, 405, 'use GET', { Allow: 'GET, HEAD' });
    return;
  }
  if (refuseOverLimit(req, res, deps)) return;
  const presented = bearerToken(req.headers.authorization);
  if (presented === undefined || !tokensMatch(presented, deps.token)) {
    sendProblem(res, 401, 'send the insights token as Authorization: Bearer <token>', {
      'WWW-Authenticate': 'Bearer realm="fixpath-insights"',
    });
    return;
  }
  const query = querySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    sendProblem(res, 400, 'error is an error code; from and to are dates (YYYY-MM-DD)');
    return;
  }
  const { error, from, to } = query.data;
  const range: HourRange = {
    ...(from ? { from: new Date(`${from}T00:00:00Z`) } : {}),
    ...(to ? { to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } : {}),
  };
  if (range.from && range.to && range.from >= range.to) {
    sendProblem(res, 400, 'from must not be after to');
    return;
  }
  const entry = error === undefined ? undefined : deps.catalogue.error(error.toLowerCase());
  if (error !== undefined && !entry) {
    sendProblem(res, 404, 'no guided error has that code');
    return;
  }
  if (format === 'csv' && !entry) {
    sendProblem(res, 400, 'name the error: ?error=<code>');
    return;
  }
  try {
    if (!entry) {
      const totals = await deps.db.use((db) => queryErrorTotals(db, range));
      const index: InsightsIndex = {
        errors: deps.catalogue.guided
          .map((e) => ({
            slug: e.slug,
            code: e.code,
            title: e.title,
            ...(totals.get(e.slug) ?? { starts: 0, walks: 0 }),
          }))
          .sort((a, b) => b.walks - a.walks || a.slug.localeCompare(b.slug)),
      };
      sendJson(res, 200, index);
      return;
    }
    const figures = await deps.db.use((db) => queryErrorFigures(db, entry.slug, range));
    const report = buildReport(entry, figures, { from: from ?? null, to: to ?? null });
    if (format === 'json') {
      sendJson(res, 200, report);
      return;
    }
    const csv = reportCsv(report);
    const name = `fixpath-insights-${entry.slug}${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}.csv`;
    res.writeHead(200, {
      ...securityHeaders(),
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : csv);
  } catch (failure) {
    const reason = failure instanceof DatabaseUnavailableError ? failure.reason : message(failure);
    deps.log.throttled('insights-503', 'insights', `answered 503: ${reason}`);
    sendProblem(res, 503, 'the figures cannot be read just now; try again later', {
      'Retry-After': '10',
    });
  }
}
