import type { IncomingMessage, ServerResponse } from 'node:http';
import { rateLimitKey } from './client-address.ts';
import type { RateLimiter } from './rate-limit.ts';
import { sendProblem } from './send.ts';

/**
 * Counts this request against its client's allowance. When the client is over it, answers
 * 429 with Retry-After and returns true: the route stops there.
 */
export function refuseOverLimit(
  req: IncomingMessage,
  res: ServerResponse,
  deps: { readonly limiter: RateLimiter; readonly trustProxy: boolean },
): boolean {
  const take = deps.limiter.take(rateLimitKey(req, deps.trustProxy));
  if (take.ok) return false;
  sendProblem(res, 429, 'too many requests; try again later', {
    'Retry-After': String(take.retryAfterSeconds),
  });
  return true;
}
