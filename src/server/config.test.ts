import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';

describe('server settings from the environment', () => {
  it('needs nothing: embedded database in .data, events on, port 4173', () => {
    const result = readConfig({}, '/srv/fixpath');
    expect(result).toEqual({
      ok: true,
      config: {
        port: 4173,
        host: undefined,
        outDir: '/srv/fixpath/dist',
        basePath: '/',
        events: true,
        database: { kind: 'embedded', dir: '/srv/fixpath/.data/pglite' },
        dataDir: '/srv/fixpath/.data',
        insightsToken: undefined,
        rateLimitPerMinute: 600,
        trustProxy: false,
        requestTimeoutMs: 10_000,
        keepAliveMs: 5_000,
        eventsMaxRows: 5_000_000,
        eventsMaxPending: 32,
        shedEventsAtDelayMs: 100,
        shedEventsAtUtilization: 0.9,
        eventsCpuShare: 0.15,
        publicOrigin: undefined,
        embedOrigins: undefined,
      },
    });
  });

  it('reads PostgreSQL, a base path, a token and the switches', () => {
    const result = readConfig(
      {
        DATABASE_URL: 'postgres://fixpath:secret@db:5432/fixpath',
        BASE_PATH: 'help',
        FIXPATH_INSIGHTS_TOKEN: 'a-long-enough-token-123',
        FIXPATH_EVENTS: 'on',
        FIXPATH_TRUST_PROXY: '1',
        FIXPATH_PUBLIC_ORIGIN: 'https://help.example.com/',
        PORT: '8080',
      },
      '/srv',
    );
    expect(result.ok && result.config).toMatchObject({
      port: 8080,
      basePath: '/help/',
      database: { kind: 'postgres', url: 'postgres://fixpath:secret@db:5432/fixpath' },
      insightsToken: 'a-long-enough-token-123',
      trustProxy: 1,
      publicOrigin: 'https://help.example.com',
    });
  });

  it('trusts proxies by count or by address, and bounds the request timeout at 10 s', () => {
    const trust = (value: string) => {
      const result = readConfig({ FIXPATH_TRUST_PROXY: value }, '/srv');
      return result.ok ? result.config.trustProxy : result.problems;
    };
    expect(trust('on')).toBe(1);
    expect(trust('off')).toBe(false);
    expect(trust('2')).toBe(2);
    expect(trust('10.0.0.5, 10.1.0.0/16')).toEqual(['10.0.0.5', '10.1.0.0/16']);
    expect(String(trust('the proxy'))).toContain('proxies’ addresses');
    expect(readConfig({ FIXPATH_REQUEST_TIMEOUT_MS: '60000' }, '/srv').ok).toBe(false);
  });

  it('explains what is wrong instead of starting', () => {
    const result = readConfig(
      {
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        FIXPATH_INSIGHTS_TOKEN: 'short',
        FIXPATH_EVENTS: 'maybe',
      },
      '/srv',
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('FIXPATH_INSIGHTS_TOKEN must be at least 16 characters');
    expect(problems.join('\n')).toContain('use postgres://');
  });
});
