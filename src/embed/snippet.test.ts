import { describe, expect, it } from 'vitest';
import { readEmbedConfig } from './embed-config.ts';
import { frameAddress } from './frame-address.ts';
import { readSnippet } from './snippet.ts';

const PAGE = 'https://www.firm.example/help';
const read = (attrs: Record<string, string>) => readSnippet((name) => attrs[name] ?? null, PAGE);

describe('the firm’s snippet', () => {
  it('with nothing set opens the front door for owners', () => {
    expect(read({})).toEqual({ settings: { mode: 'owner' }, problems: [] });
  });

  it('reads every attribute it knows', () => {
    expect(
      read({
        'data-error': '102',
        'data-mode': 'agent',
        'data-return-url': '/thanks',
        'data-context': 'CASE-42',
      }).settings,
    ).toEqual({
      error: '102',
      mode: 'agent',
      returnUrl: 'https://www.firm.example/thanks',
      context: 'CASE-42',
    });
  });

  it('leaves out hostile values, with one short console line each', () => {
    const { settings, problems } = read({
      'data-error': '<script>alert(1)</script>',
      'data-mode': 'root',
      'data-return-url': 'javascript:alert(1)',
      'data-context': 'x'.repeat(100_000),
    });
    expect(settings).toEqual({ mode: 'owner' });
    expect(problems).toHaveLength(4);
    for (const line of problems) expect(line.length).toBeLessThan(120);
  });
});

describe('the frame’s address', () => {
  it('is the error’s page in the embed layout, with the settings in its query', () => {
    const url = new URL(
      frameAddress('https://help.fixpath.example/', {
        error: '102',
        mode: 'agent',
        returnUrl: 'https://www.firm.example/thanks',
        context: 'T 1&x=2',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://help.fixpath.example/errors/102');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      mode: 'agent',
      embed: '1',
      return: 'https://www.firm.example/thanks',
      context: 'T 1&x=2',
    });
  });

  it('keeps a copy served under a sub-path, and opens the front door without an error', () => {
    expect(frameAddress('https://firm.example/fixpath/', { mode: 'owner' })).toBe(
      'https://firm.example/fixpath/?embed=1',
    );
  });
});

describe('the config the build writes into embed.js', () => {
  it('is read defensively: anything odd allows nobody', () => {
    expect(readEmbedConfig({ allowedOrigins: ['https://a.example', 3], name: 'Firm' })).toEqual({
      allowedOrigins: ['https://a.example'],
      name: 'Firm',
    });
    expect(readEmbedConfig('__FIXPATH_EMBED_CONFIG__')).toEqual({
      allowedOrigins: [],
      name: 'Fixpath',
    });
    expect(readEmbedConfig(null)).toEqual({ allowedOrigins: [], name: 'Fixpath' });
  });
});
