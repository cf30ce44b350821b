import { describe, expect, it } from 'vitest';
import { absoluteUrl, errorSlugOf, paths } from './paths.ts';

describe('paths', () => {
  it('builds every kind of link', () => {
    expect(paths.home()).toBe('/');
    expect(paths.error('102')).toBe('/errors/102');
    expect(paths.search(' OL-202 ')).toBe('/?q=OL-202');
    expect(paths.search('bank feed', { mode: 'agent' })).toBe('/?q=bank+feed&mode=agent');
    expect(paths.search('  ')).toBe('/');
    expect(paths.error('ol-202', { mode: 'agent' })).toBe('/errors/ol-202?mode=agent');
    expect(paths.step('202', 'sign-in-again', 'k3f9-01')).toBe(
      '/errors/202/step/sign-in-again?s=k3f9-01',
    );
    expect(paths.step('202', 'x', 'k3f9-', { mode: 'agent' })).toBe(
      '/errors/202/step/x?s=k3f9-&mode=agent',
    );
  });

  it('escapes what it is given', () => {
    expect(paths.error('a/b?c')).toBe('/errors/a%2Fb%3Fc');
  });

  it('reads the error slug back from a path', () => {
    expect(errorSlugOf('/errors/102')).toBe('102');
    expect(errorSlugOf('/errors/H202/step/x')).toBe('h202');
    expect(errorSlugOf('/errors/%E0%A4%A')).toBeUndefined();
    expect(errorSlugOf('/')).toBeUndefined();
  });

  it('makes absolute URLs under a base path', () => {
    expect(absoluteUrl('/errors/102', 'https://a.example', '/')).toBe(
      'https://a.example/errors/102',
    );
    expect(absoluteUrl('/errors/102', 'https://a.example', '/help/')).toBe(
      'https://a.example/help/errors/102',
    );
  });
});
