import { describe, expect, it } from 'vitest';
import { createLogger } from './log.ts';

describe('log lines', () => {
  it('writes one line per event, and a repeated fault once per quiet period with a count', () => {
    const lines: string[] = [];
    let now = Date.parse('2026-11-25T10:00:00Z');
    const log = createLogger(
      (level, line) => lines.push(`${level}|${line}`),
      () => new Date(now),
      10_000,
    );
    log.info('http', 'listening');
    for (let i = 0; i < 5; i++) log.throttled('db', 'events', 'not stored');
    now += 10_000;
    log.throttled('db', 'events', 'not stored');
    expect(lines).toEqual([
      'info|2026-11-25T10:00:00.000Z info  http: listening',
      'error|2026-11-25T10:00:00.000Z error events: not stored',
      'error|2026-11-25T10:00:10.000Z error events: not stored (and 4 more like it)',
    ]);
  });
});
