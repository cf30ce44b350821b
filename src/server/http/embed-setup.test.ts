import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONFIG_SLOT, frameHeaders, withEmbedConfig } from '../../../scripts/embed-config.mjs';
import { embedSetup } from './embed-setup.ts';
import { adoptFrameOrigins, securityHeaders } from './security-headers.ts';

const FIRM = 'https://www.firm.example';
const OTHER = 'https://desk.other.example';
const dirs: string[] = [];

/** A built site as the prerender leaves it: embed.js with its config, and the record of it. */
function builtSite(origins: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'fixpath-embed-'));
  dirs.push(dir);
  const config = { allowedOrigins: origins, name: 'Firm' };
  writeFileSync(join(dir, 'embed-config.json'), JSON.stringify(config));
  writeFileSync(join(dir, 'embed.js'), withEmbedConfig(`var c=${CONFIG_SLOT};`, config));
  return dir;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  adoptFrameOrigins([]);
});

describe('who may frame the site, as the server says it', () => {
  it('is the build’s list unless FIXPATH_EMBED_ORIGINS says otherwise', () => {
    expect(embedSetup(builtSite([FIRM]), undefined).origins).toEqual([FIRM]);
    expect(embedSetup(builtSite([FIRM]), [OTHER]).origins).toEqual([OTHER]);
    expect(embedSetup(builtSite([FIRM]), []).origins).toEqual([]);
    expect(embedSetup(join(tmpdir(), 'no-such-site'), undefined).origins).toEqual([]);
  });

  it('writes another list into embed.js and the pages’ meta tag, so all three agree', () => {
    const dir = builtSite([FIRM]);
    const { rewrite } = embedSetup(dir, [OTHER]);
    expect(
      rewrite(
        join(dir, 'embed.js'),
        `var c=${JSON.stringify({ allowedOrigins: [FIRM], name: 'Firm' })};`,
      ),
    ).toBe(`var c=${JSON.stringify({ allowedOrigins: [OTHER], name: 'Firm' })};`);
    expect(
      rewrite(
        join(dir, 'errors/102/index.embed.html'),
        `<meta name="fixpath-embed-origins" content="${FIRM}" />`,
      ),
    ).toBe(`<meta name="fixpath-embed-origins" content="${OTHER}" />`);
    expect(rewrite(join(dir, 'assets/app.js'), 'var x=1;')).toBe('var x=1;');
  });
});

describe('the framing headers', () => {
  it('say nobody, twice over, by default', () => {
    expect(frameHeaders("default-src 'self'", [])).toEqual({
      'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
    const headers = securityHeaders(true);
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(headers['X-Frame-Options']).toBe('DENY');
  });

  it('name exactly the allowed origins on pages, and nobody on anything else', () => {
    adoptFrameOrigins([FIRM, OTHER]);
    const pages = securityHeaders(true);
    expect(pages['Content-Security-Policy']).toMatch(
      new RegExp(`frame-ancestors ${FIRM} ${OTHER}$`),
    );
    expect(pages['X-Frame-Options']).toBeUndefined();
    expect(securityHeaders()['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
    expect(securityHeaders()['X-Frame-Options']).toBe('DENY');
  });
});
