import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../log.ts';
import { bearerToken, tokensMatch } from './compare-token.ts';
import { loadInsightsToken } from './insights-token.ts';

describe('insights token', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch('a'.repeat(43), 'a'.repeat(43))).toBe(true);
    expect(tokensMatch('a'.repeat(42), 'a'.repeat(43))).toBe(false);
    expect(tokensMatch('', 'a'.repeat(43))).toBe(false);
    expect(tokensMatch('b'.repeat(43), 'a'.repeat(43))).toBe(false);
  });

  it('reads a Bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc.DEF_123-x')).toBe('abc.DEF_123-x');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer two words')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('is made once when not configured, saved privately, and its place printed once', () => {
    const root = mkdtempSync(join(tmpdir(), 'fixpath-token-'));
    const dataDir = join(root, '.data');
    const log = memoryLogger();
    const first = loadInsightsToken({ fromEnv: undefined, dataDir, cwd: dataDir, log });
    const again = loadInsightsToken({ fromEnv: undefined, dataDir, cwd: dataDir, log });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(again).toBe(first);
    expect(readFileSync(join(dataDir, 'insights-token'), 'utf8').trim()).toBe(first);
    expect(statSync(join(dataDir, 'insights-token')).mode & 0o777).toBe(0o600);
    expect(log.lines).toHaveLength(1);
    expect(log.lines[0]).toContain('cat insights-token');
    expect(log.lines[0]).not.toContain(first);
    expect(
      loadInsightsToken({ fromEnv: 'from-the-environment-1', dataDir, cwd: dataDir, log }),
    ).toBe('from-the-environment-1');
    rmSync(root, { recursive: true, force: true });
  });
});
