import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { DatabaseSupervisor } from '../db/database-supervisor.ts';
import { sendProblem } from '../http/problem.ts';

export interface HealthOptions {
  /** The events database, or undefined when events are off. */
  readonly db: DatabaseSupervisor | undefined;
  /** How long a probe of the database may take before it counts as unreachable. */
  readonly probeMs?: number;
}

type Readiness = 'ready' | 'starting' | 'unreachable' | 'closed' | 'off';

/**
 * `GET /api/health/live`: the process answers (a load balancer restarts it when not).
 * `GET /api/health/ready` (and `/api/health`, as before): it can do all its work, so the
 * database answers a probe now; 503 while it does not (PostgreSQL down, the embedded database
 * reopening), 200 again by itself once it does. A probe's answer is kept for a second, so a
 * busy health check costs the database one query a second at most.
 */
export const healthPlugin: FastifyPluginAsync<HealthOptions> = async (app, { db, probeMs }) => {
  let last: { at: number; state: Readiness } | undefined;
  let probing: Promise<Readiness> | undefined;

  const probe = async (): Promise<Readiness> => {
    if (!db) return 'off';
    const state = db.state();
    if (state !== 'ready') return state;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve('unreachable'), probeMs ?? 1_000);
    });
    const answer = db
      .use((open) => open.query('select 1'))
      .then(
        (): Readiness => 'ready',
        (): Readiness => 'unreachable',
      );
    try {
      return await Promise.race([answer, late]);
    } finally {
      clearTimeout(timer);
    }
  };

  const readiness = async (): Promise<Readiness> => {
    if (last && Date.now() - last.at < 1_000) return last.state;
    probing ??= probe().finally(() => (probing = undefined));
    const state = await probing;
    last = { at: Date.now(), state };
    return state;
  };

  const ready = async (_request: unknown, reply: FastifyReply) => {
    const state = await readiness();
    return reply
      .code(state === 'ready' || state === 'off' ? 200 : 503)
      .header('Cache-Control', 'no-store')
      .send({ database: state });
  };
  app.get('/api/health', ready);
  app.get('/api/health/ready', ready);
  for (const url of ['/api/health', '/api/health/ready', '/api/health/live']) {
    app.route({
      method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url,
      handler: (_request, reply) =>
        sendProblem(reply, 405, 'the health checks are read with GET', { Allow: 'GET, HEAD' }),
    });
  }
  app.get('/api/health/live', (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send({ live: true }),
  );
};
