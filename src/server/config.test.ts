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
        publicOrigin: undefined,
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
      trustProxy: true,
      publicOrigin: 'https://help.example.com',
    });
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
