import rateLimit from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { InsightsIndex } from '../../insights/report-schema.ts';
import { bearerToken, tokensMatch } from '../auth/compare-token.ts';
import {
  DatabaseUnavailableError,
  message,
  type DatabaseSupervisor,
} from '../db/database-supervisor.ts';
import type { Catalogue } from '../events/content-catalogue.ts';
import { networkOf } from '../http/client-address.ts';
import { sendProblem } from '../http/problem.ts';
import { securityHeaders } from '../http/security-headers.ts';
import type { Logger } from '../log.ts';
import { reportCsv } from './insights-csv.ts';
import { queryErrorFigures, queryErrorTotals, type HourRange } from './insights-query.ts';
import { buildReport } from './insights-report.ts';

export interface InsightsOptions {
  readonly catalogue: Catalogue;
  readonly db: DatabaseSupervisor;
  readonly token: string;
  readonly log: Logger;
  /** The /insights page, or undefined when the build lacks its script. */
  readonly page: string | undefined;
}

/** A day from 2000 to 2999: what PostgreSQL and the report can both hold. */
const day = z.string().check((ctx) => {
  if (!z.iso.date().safeParse(ctx.value).success) {
    ctx.issues.push({ code: 'custom', message: 'a date as YYYY-MM-DD', input: ctx.value });
  } else if (ctx.value < '2000-01-01' || ctx.value > '2999-12-31') {
    ctx.issues.push({
      code: 'custom',
      message: 'a date from 2000-01-01 to 2999-12-31',
      input: ctx.value,
    });
  }
});
const querySchema = z.object({
  error: z.string().max(80, { error: 'an error code (at most 80 characters)' }).optional(),
  from: day.optional(),
  to: day.optional(),
});

const DAY_MS = 86_400_000;

/** Whoever holds the token (`Authorization: Bearer <token>`); without it, 401. */
function refuseWithoutToken(token: string) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const presented = bearerToken(request.headers.authorization);
    if (presented !== undefined && tokensMatch(presented, token)) return undefined;
    return sendProblem(reply, 401, 'send the insights token as Authorization: Bearer <token>', {
      'WWW-Authenticate': 'Bearer realm="fixpath-insights"',
    });
  };
}

/**
 * `GET /api/insights.json?error=<code>&from=YYYY-MM-DD&to=YYYY-MM-DD` and
 * `GET /api/insights.csv?error=<code>…`: the figures; `GET /insights`: the page that shows them.
 */
export const insightsPlugin: FastifyPluginAsync<InsightsOptions> = async (app, options) => {
  const { catalogue, db, log } = options;
  await app.register(rateLimit, {
    max: 300,
    timeWindow: 60_000,
    keyGenerator: (request) => networkOf(request.ip),
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      message: 'too many requests; try again later',
    }),
  });

  const figures =
    (format: 'json' | 'csv') => async (request: FastifyRequest, reply: FastifyReply) => {
      const query = querySchema.safeParse(request.query);
      if (!query.success) {
        return sendProblem(
          reply,
          400,
          'error is an error code; from and to are dates (YYYY-MM-DD)',
          {},
          query.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
        );
      }
      const { error, from, to } = query.data;
      const range: HourRange = {
        ...(from ? { from: new Date(`${from}T00:00:00Z`) } : {}),
        ...(to ? { to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS) } : {}),
      };
      if (range.from && range.to && range.from >= range.to) {
        return sendProblem(reply, 400, 'from must not be after to');
      }
      const entry = error === undefined ? undefined : catalogue.error(error.toLowerCase());
      if (error !== undefined && !entry)
        return sendProblem(reply, 404, 'no guided error has that code');
      if (format === 'csv' && !entry)
        return sendProblem(reply, 400, 'name the error: ?error=<code>');
      reply.header('Cache-Control', 'no-store');
      try {
        if (!entry) {
          const totals = await db.use((open) => queryErrorTotals(open, range));
          const index: InsightsIndex = {
            errors: catalogue.guided
              .map((e) => ({
                slug: e.slug,
                code: e.code,
                title: e.title,
                ...(totals.get(e.slug) ?? { starts: 0, walks: 0 }),
              }))
              .sort((a, b) => b.walks - a.walks || a.slug.localeCompare(b.slug)),
          };
          return reply.type('application/json; charset=utf-8').send(index);
        }
        const rows = await db.use((open) => queryErrorFigures(open, entry.slug, range));
        const report = buildReport(entry, rows, { from: from ?? null, to: to ?? null });
        if (format === 'json') return reply.type('application/json; charset=utf-8').send(report);
        const name = `fixpath-insights-${entry.slug}${from ? `-from-${from}` : ''}${to ? `-to-${to}` : ''}.csv`;
        return reply
          .type('text/csv; charset=utf-8')
          .header('Content-Disposition', `attachment; filename="${name}"`)
          .send(reportCsv(report));
      } catch (failure) {
        const reason =
          failure instanceof DatabaseUnavailableError ? failure.reason : message(failure);
        log.throttled('insights-503', 'insights', `answered 503: ${reason}`);
        return sendProblem(reply, 503, 'the figures cannot be read just now; try again later', {
          'Retry-After': '10',
        });
      }
    };

  const guarded = { onRequest: refuseWithoutToken(options.token) };
  app.get('/api/insights.json', guarded, figures('json'));
  app.get('/api/insights.csv', guarded, figures('csv'));

  const page = (_request: FastifyRequest, reply: FastifyReply) => {
    if (options.page === undefined) {
      return sendProblem(reply, 503, 'this build has no insights page; run npm run build');
    }
    return reply
      .headers({ ...securityHeaders(), 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' })
      .type('text/html; charset=utf-8')
      .send(options.page);
  };
  app.get('/insights', page);
  app.get('/insights/', page);
};
