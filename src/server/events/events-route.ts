import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_BATCH_BYTES } from '../../lib/events/event-types.ts';
import {
  DatabaseUnavailableError,
  message,
  type DatabaseSupervisor,
} from '../db/database-supervisor.ts';
import { insertEvents } from '../db/event-store.ts';
import { refuseOverLimit } from '../http/over-limit.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { readBody } from '../http/read-body.ts';
import { isSameOrigin } from '../http/same-origin.ts';
import { sendEmpty, sendProblem } from '../http/send.ts';
import type { Logger } from '../log.ts';
import type { Catalogue } from './content-catalogue.ts';
import { validateBatch } from './validate-batch.ts';

export interface EventsRouteDeps {
  readonly catalogue: Catalogue;
  readonly db: DatabaseSupervisor;
  readonly limiter: RateLimiter;
  readonly log: Logger;
  readonly trustProxy: boolean;
  readonly publicOrigin: string | undefined;
  readonly now: () => Date;
}

const JSON_OR_TEXT = /^(application\/json|text\/plain)\s*(;|$)/i;

/**
 * `POST /api/events`: a batch of outcome events from a page of this site. Checked in order of
 * cost (method, origin, rate, type, size, shape, content), stored in one statement, and
 * acknowledged with 204 only once the database has committed it. Nothing about the request
 * itself (address, user agent, cookies, exact time) is stored.
 */
export async function handleEvents(
  deps: EventsRouteDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  if (req.method !== 'POST') {
    sendProblem(res, 405, 'events are sent with POST', { Allow: 'POST' });
    return;
  }
  if (!isSameOrigin(req.headers, deps.publicOrigin)) {
    sendProblem(res, 403, 'events are accepted from this site’s own pages only');
    return;
  }
  if (refuseOverLimit(req, res, deps)) return;
  if (!JSON_OR_TEXT.test(req.headers['content-type'] ?? '')) {
    sendProblem(res, 415, 'send JSON (application/json or text/plain)');
    return;
  }
  const body = await readBody(req, MAX_BATCH_BYTES);
  if (!body.ok) {
    sendProblem(res, body.status, body.reason, body.status === 413 ? { Connection: 'close' } : {});
    return;
  }
  const batch = validateBatch(body.text, deps.catalogue);
  if (!batch.ok) {
    sendProblem(res, 400, 'these events were not accepted', {}, batch.problems);
    return;
  }
  try {
    await deps.db.use((db) => insertEvents(db, batch.rows, deps.now()));
  } catch (error) {
    const reason = error instanceof DatabaseUnavailableError ? error.reason : message(error);
    deps.log.throttled('events-503', 'events', `not stored, answered 503: ${reason}`);
    sendProblem(res, 503, 'events cannot be stored just now; try again later', {
      'Retry-After': '10',
    });
    return;
  }
  sendEmpty(res, 204);
}
