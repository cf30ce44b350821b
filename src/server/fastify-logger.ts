import type { FastifyBaseLogger } from 'fastify';
import type { Logger } from './log.ts';

/** The text of what Fastify logs: `(msg)`, `(obj, msg)` or `(error)`. */
function textOf(args: readonly unknown[]): string {
  const [first, second] = args;
  if (typeof first === 'string') return first;
  if (first instanceof Error) return first.message;
  const err = typeof first === 'object' && first !== null && 'err' in first ? first.err : undefined;
  const detail = err instanceof Error ? `: ${err.message}` : '';
  return `${typeof second === 'string' ? second : 'event'}${detail}`;
}

/**
 * Fastify's logger, writing through ours: the same one-line format, and the same promise (no
 * address, user agent, token or body in a line). Fastify's per-request lines are off
 * (`disableRequestLogging`); what it logs is what went wrong.
 */
export function fastifyLogger(log: Logger, level: 'info' | 'warn' = 'warn'): FastifyBaseLogger {
  const quiet = (): void => undefined;
  const logger: FastifyBaseLogger = {
    level,
    fatal: (...args: unknown[]) => log.error('fastify', textOf(args)),
    error: (...args: unknown[]) => log.throttled('fastify-error', 'fastify', textOf(args)),
    warn: (...args: unknown[]) => log.warn('fastify', textOf(args)),
    info: level === 'info' ? (...args: unknown[]) => log.info('fastify', textOf(args)) : quiet,
    debug: quiet,
    trace: quiet,
    silent: quiet,
    child: () => logger,
  };
  return logger;
}
