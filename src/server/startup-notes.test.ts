import { describe, expect, it } from 'vitest';
import { readConfig } from './config.ts';
import { startupNotes } from './startup-notes.ts';

const notesFor = (env: Record<string, string>): string[] => {
  const parsed = readConfig(env, '/srv/fixpath');
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return startupNotes(parsed.config, '/srv/fixpath');
};

describe('the lines a newcomer reads at start', () => {
  it('say where it serves, where events are kept, how to read the token and what is not set', () => {
    const lines = notesFor({});
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines[0]).toBe('Fixpath is being served at http://localhost:4173/');
    expect(lines.join('\n')).toContain('embedded PGlite in /srv/fixpath/.data/pglite');
    expect(lines.join('\n')).toContain('cat .data/insights-token');
    expect(lines.join('\n')).toMatch(/not set: DATABASE_URL .*SITE_URL .*FIXPATH_EMBED_ORIGINS/);
  });

  it('name the token setting when it is used, and say when events are off', () => {
    const withToken = notesFor({
      FIXPATH_INSIGHTS_TOKEN: 'a-long-enough-token-123',
      DATABASE_URL: 'postgres://u:secret@db:5432/fixpath',
      PORT: '8080',
      BASE_PATH: '/help/',
    }).join('\n');
    expect(withToken).toContain(
      'http://localhost:8080/help/insights, with the token in FIXPATH_INSIGHTS_TOKEN',
    );
    expect(withToken).toContain('PostgreSQL at db:5432/fixpath');
    expect(withToken).not.toContain('secret');
    expect(withToken).not.toContain('DATABASE_URL');
    expect(notesFor({ FIXPATH_EVENTS: 'off' }).join('\n')).toContain('outcome events are off');
  });
});
