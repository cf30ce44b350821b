import rateLimit from '@fastify/rate-limit';
import underPressure from '@fastify/under-pressure';
import type { FastifyPluginAsync } from 'fastify';
import { MAX_BATCH_BYTES } from '../../lib/events/event-types.ts';
import {
  DatabaseUnavailableError,
  message,
  type DatabaseSupervisor,
} from '../db/database-supervisor.ts';
import { insertEvents } from '../db/event-store.ts';
import { networkOf } from '../http/client-address.ts';
import { sendProblem } from '../http/problem.ts';
import { isSameOrigin } from '../http/same-origin.ts';
import type { Logger } from '../log.ts';
import type { Catalogue } from './content-catalogue.ts';
import { createBusyMeter } from './busy-meter.ts';
import { createStorageBudget } from './storage-budget.ts';
import { validateBatch } from './validate-batch.ts';

export interface EventsOptions {
  readonly catalogue: Catalogue;
  readonly db: DatabaseSupervisor;
  readonly log: Logger;
  readonly perMinute: number;
  readonly publicOrigin: string | undefined;
  readonly maxRows: number;
  readonly maxPending: number;
  readonly shedAtDelayMs: number;
  readonly shedAtUtilization: number;
  /** The share of each second events may take on this process (embedded database), 0: any. */
  readonly cpuShare: number;
  readonly now: () => Date;
}

/** How long a shed event request waits for its 503, and how many may wait at once. */
const SHED_PAUSE_MS = 1_000;
const SHED_HELD_MAX = 1_000;

const badText = Object.assign(new Error('the body is not UTF-8 text'), { statusCode: 400 });
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `POST /api/events`: a batch of outcome events from a page of this site. Checked in order of
 * cost (load, origin, rate, type, size, shape, content), stored in one statement, and
 * acknowledged with 204 only once the database has committed it and it is on disk. Nothing
 * about the request itself (address, user agent, cookies, exact time) is stored. Under load,
 * events are shed first (503 with Retry-After): the pages, in other plugins, never are.
 */
export const eventsPlugin: FastifyPluginAsync<EventsOptions> = async (app, options) => {
  const { db, log } = options;
  // Sheds this plugin's routes only (encapsulation): while the event loop lags or is nearly
  // always busy, events wait and the pages keep the processor.
  if (options.shedAtDelayMs > 0 || options.shedAtUtilization > 0) {
    await app.register(underPressure, {
      maxEventLoopDelay: options.shedAtDelayMs,
      maxEventLoopUtilization: options.shedAtUtilization,
      // A quarter of a second: an interval with no sample at all (the loop held throughout)
      // counts as pressure.
      sampleInterval: 250,
      retryAfter: 5,
      exposeStatusRoute: false,
    });
  }
  const budget = createStorageBudget({ db, maxRows: options.maxRows, log });
  let pending = 0;
  let held = 0;
  const busy = createBusyMeter(options.cpuShare);

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST') return undefined;
    if (!isSameOrigin(request.headers, options.publicOrigin)) {
      return sendProblem(reply, 403, 'events are accepted from this site’s own pages only');
    }
    // Shed before the body is read or parsed, and answered after a pause: a client that posts
    // again as soon as it is answered (a flood) then sends one request a second per connection
    // instead of thousands, and the pages keep the processor. A beacon does not wait for its
    // answer, so a browser loses nothing by the pause. Past SHED_HELD_MAX held, at once.
    if (pending >= options.maxPending || !busy.allows()) {
      if (held < SHED_HELD_MAX) {
        held += 1;
        await new Promise((resolve) => setTimeout(resolve, SHED_PAUSE_MS));
        held -= 1;
      }
      return sendProblem(reply, 503, 'too many events at once; try again shortly', {
        'Retry-After': '5',
      });
    }
    const encoding = request.headers['content-encoding'];
    if (encoding && encoding !== 'identity') {
      return sendProblem(reply, 415, 'compressed bodies are not accepted', { Connection: 'close' });
    }
    return undefined;
  });
  if (options.perMinute > 0) {
    await app.register(rateLimit, {
      max: options.perMinute,
      timeWindow: 60_000,
      keyGenerator: (request) => networkOf(request.ip),
      errorResponseBuilder: (_request, context) => ({
        statusCode: context.statusCode,
        message: 'too many requests; try again later',
      }),
    });
  }
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'buffer', bodyLimit: MAX_BATCH_BYTES },
    (_request, body: Buffer, done) => {
      try {
        done(null, utf8.decode(body));
      } catch {
        done(badText, undefined);
      }
    },
  );

  app.post('/api/events', { bodyLimit: MAX_BATCH_BYTES }, async (request, reply) => {
    // Global Privacy Control or Do Not Track: thanked, and nothing is kept.
    if (request.headers['sec-gpc'] === '1' || request.headers.dnt === '1') {
      return reply.code(204).header('Cache-Control', 'no-store').send();
    }
    if (typeof request.body !== 'string') {
      return sendProblem(reply, 415, 'send JSON (application/json or text/plain)');
    }
    const batch = validateBatch(request.body, options.catalogue);
    if (!batch.ok) {
      return sendProblem(reply, 400, 'these events were not accepted', {}, batch.problems);
    }
    pending += 1;
    try {
      if (!(await budget.allows(batch.rows.length))) {
        return sendProblem(reply, 507, 'the events store is full; nothing more is kept');
      }
      const stored = await db.use(async (open) => {
        const added = await busy.time(() => insertEvents(open, batch.rows, options.now()));
        await open.sync();
        return added;
      });
      budget.added(stored);
    } catch (error) {
      const reason = error instanceof DatabaseUnavailableError ? error.reason : message(error);
      log.throttled('events-503', 'events', `not stored, answered 503: ${reason}`);
      return sendProblem(reply, 503, 'events cannot be stored just now; try again later', {
        'Retry-After': '10',
      });
    } finally {
      pending -= 1;
    }
    return reply.code(204).header('Cache-Control', 'no-store').send();
  });

  app.route({
    method: ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
    url: '/api/events',
    handler: (_request, reply) =>
      sendProblem(reply, 405, 'events are sent with POST', { Allow: 'POST' }),
  });
};
