import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, parseOrigin, parseOriginList } from './origins.ts';

describe('an allowed origin', () => {
  it('is an https origin, or http on this machine, written one way', () => {
    expect(parseOrigin('https://www.firm.example')).toBe('https://www.firm.example');
    expect(parseOrigin(' HTTPS://Help.Firm.Example/ ')).toBe('https://help.firm.example');
    expect(parseOrigin('https://firm.example:443')).toBe('https://firm.example');
    expect(parseOrigin('https://firm.example:8443')).toBe('https://firm.example:8443');
    expect(parseOrigin('http://localhost:4176')).toBe('http://localhost:4176');
    expect(parseOrigin('http://127.0.0.1')).toBe('http://127.0.0.1');
  });

  it('is never a pattern, a path, plain http elsewhere or anything else', () => {
    for (const text of [
      '',
      '*',
      'https://*.firm.example',
      'https://firm.example/help',
      'https://firm.example?x=1',
      'http://firm.example',
      'firm.example',
      'javascript:alert(1)',
      "'self'",
      "https://firm.example 'unsafe-inline'",
      'https://firm.example;script-src *',
      'https://-firm.example',
      'https://firm.example:0',
      'https://firm.example:70000',
      'https://user@firm.example',
    ]) {
      expect(parseOrigin(text), text).toBeUndefined();
    }
  });
});

describe('a list of origins', () => {
  it('is split on spaces or commas, without repeats; "none" is none', () => {
    expect(parseOriginList('https://a.example, https://b.example https://a.example')).toEqual({
      ok: true,
      origins: ['https://a.example', 'https://b.example'],
    });
    expect(parseOriginList('none')).toEqual({ ok: true, origins: [] });
    expect(parseOriginList('')).toEqual({ ok: true, origins: [] });
  });

  it('names every value it refuses', () => {
    expect(parseOriginList('https://a.example * http://b.example')).toEqual({
      ok: false,
      rejected: ['*', 'http://b.example'],
    });
  });

  it('allows only an exact match', () => {
    const allowed = ['https://firm.example'];
    expect(isAllowedOrigin('https://firm.example', allowed)).toBe(true);
    expect(isAllowedOrigin('https://firm.example.evil.example', allowed)).toBe(false);
    expect(isAllowedOrigin('https://evil.firm.example', allowed)).toBe(false);
    expect(isAllowedOrigin('null', allowed)).toBe(false);
  });
});
