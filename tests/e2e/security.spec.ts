import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { appReady, staticPaths } from './pages.ts';
import { choiceLinks, startHref } from './walk.ts';

/** The parts of a Content-Security-Policy, by directive. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

const HASH = /^'sha256-[A-Za-z0-9+/]+=*'$/;
const hashOf = (text: string): string =>
  `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Scripts and styles from this origin, plus inline blocks allowed by their hash: nothing else. */
function expectStrictScripts(policy: string, where: string): void {
  const parts = directives(policy);
  for (const name of ['script-src', 'style-src']) {
    const [self, ...hashes] = parts.get(name) ?? [];
    expect(self, `${where}: ${name}`).toBe("'self'");
    for (const hash of hashes) expect(hash, `${where}: ${name}`).toMatch(HASH);
  }
  expect(parts.get('default-src'), `${where}: default-src`).toEqual(["'self'"]);
  expect(parts.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(parts.get('base-uri'), `${where}: base-uri`).toEqual(["'self'"]);
  expect(policy, where).not.toContain('unsafe-inline');
  expect(policy, where).not.toContain('unsafe-eval');
}

/**
 * Traps for script-bearing input: payloads below set `window.__pwned`; CSP violations (an inline
 * handler that the policy blocked) and dialogs are recorded too, so HTML rendered from input is
 * caught even though the policy would stop it from running.
 */
async function armTraps(page: Page): Promise<string[]> {
  const alarms: string[] = [];
  page.on('dialog', (dialog) => {
    alarms.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => alarms.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const list = ((window as unknown as { __violations?: string[] }).__violations ??= []);
      list.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return alarms;
}

async function expectNothingRan(page: Page, alarms: string[]): Promise<void> {
  await appReady(page);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    violations: (window as unknown as { __violations?: string[] }).__violations ?? [],
    injected: document.querySelectorAll(
      'main img[src="x"], main [onerror], main [onload], main script, main iframe',
    ).length,
  }));
  expect(state.pwned, 'a payload ran').toBeUndefined();
  expect(state.violations, 'the policy had to block something').toEqual([]);
  expect(state.injected, 'markup from input reached the page').toBe(0);
  expect(alarms).toEqual([]);
  await expect(page.locator('main')).not.toBeEmpty();
}

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=1</script>';

test.describe('Content-Security-Policy', () => {
  test('every kind of response sends a strict policy as header and meta tag, and no framing', async ({
    page,
  }) => {
    const paths = [
      ...staticPaths(),
      // The wizard's shell (a 202 step under 102) and a step name no guide has (the 404 page).
      '/errors/102/step/tried?s=0000-',
      '/errors/102/step/x?s=0000-',
      '/no/such/page',
      // The pages inside a firm's frame carry inline parts of their own.
      '/?embed=1',
      '/errors/102?embed=1',
      '/errors/102/step/tried?s=0000-&embed=1&mode=agent',
      '/errors/102/map?embed=1',
    ];
    for (const path of paths) {
      const response = await page.request.get(path);
      const header = response.headers()['content-security-policy'] ?? '';
      expectStrictScripts(header, `${path} header`);
      const html = await response.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      expectStrictScripts(meta ?? '', `${path} meta tag`);
      // One header for the whole site names every page's inline parts; a page's meta tag names
      // only its own. Otherwise the two say the same, and the header adds who may frame the
      // page (a meta tag cannot say it): nobody, on this server, which allows no website to
      // embed it (decision 012; embed.spec.ts for a list).
      const withoutHashes = (policy: string): string => policy.replace(/ 'sha256-[^']+'/g, '');
      expect(`${withoutHashes(meta ?? '')}; frame-ancestors 'none'`, `${path} meta tag`).toBe(
        withoutHashes(header),
      );
      expect(response.headers()['x-frame-options'], path).toBe('DENY');
      // Every inline script and style is one the meta tag names by its hash, and the meta tag
      // names no other; the header names them all too. Any other script comes from this
      // origin; no on* attributes.
      const own = directives(meta ?? '');
      const all = directives(header);
      const inline: Record<string, Set<string>> = {
        'script-src': new Set(),
        'style-src': new Set(),
      };
      for (const [, attrs = '', body = ''] of html.matchAll(
        /<script\b([^>]*)>([\s\S]*?)<\/script>/g,
      )) {
        if (/type="application\/json"/.test(attrs)) continue; // data for a script, never run
        if (/\bsrc=/.test(attrs)) expect(attrs, path).toMatch(/\bsrc="\/[^/]/);
        else inline['script-src']?.add(hashOf(body));
      }
      for (const [, body = ''] of html.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
        inline['style-src']?.add(hashOf(body));
      }
      for (const [name, hashes] of Object.entries(inline)) {
        expect(new Set(own.get(name)?.slice(1)), `${path}: ${name} of the meta tag`).toEqual(
          hashes,
        );
        for (const hash of hashes) expect(all.get(name), `${path}: ${name} header`).toContain(hash);
      }
      expect(html, `${path}: inline event handler`).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });
});

// Every static page is checked for the same in static-pages.spec.ts.
test('no request leaves the app’s origin along a journey, in agent mode or on a not-found page', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.origin !== origin) outside.push(request.url());
  });
  for (const slug of ['102', '202']) {
    await page.goto(await startHref(page, slug));
    for (let step = 0; step < 30 && (await choiceLinks(page).count()) > 0; step++) {
      const before = page.url();
      await choiceLinks(page).last().click();
      await expect(page).not.toHaveURL(before);
    }
    await appReady(page);
  }
  await page.goto('/?mode=agent');
  await page.goto('/errors/no-such-code');
  await appReady(page);
  expect(outside).toEqual([]);
});

test.describe('script-bearing input is shown as text, never run', () => {
  const cases: [string, string][] = [
    ['search query', `/?q=${encodeURIComponent(SCRIPT)}`],
    ['search query (img)', `/?q=${encodeURIComponent(IMG)}`],
    ['error code in the path', `/errors/${encodeURIComponent(IMG)}`],
    ['step session', `/errors/102/step/bank-website?s=${encodeURIComponent(IMG)}`],
    ['step id in the path', `/errors/102/step/${encodeURIComponent(SCRIPT)}?s=0000-`],
    ['mode', `/?mode=${encodeURIComponent(IMG)}`],
    ['hash', `/errors/102#${encodeURIComponent(IMG)}`],
  ];
  for (const [name, url] of cases) {
    test(name, async ({ page }) => {
      const alarms = await armTraps(page);
      await page.goto(url);
      await expectNothingRan(page, alarms);
    });
  }

  test('the not-found page echoes a code as plain text', async ({ page }) => {
    const alarms = await armTraps(page);
    await page.goto(`/errors/${encodeURIComponent('<b>zz</b>')}`);
    await expect(page.locator('main')).toContainText('<b>zz</b>');
    await expect(page.locator('main b')).toHaveCount(0);
    await expectNothingRan(page, alarms);
  });

  test('saved data in this browser', async ({ page }) => {
    const alarms = await armTraps(page);
    await page.addInitScript(
      ({ img, script }) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        const walk = { session: img, nodeId: script, fingerprint: img, updatedAt: 0 };
        const values: Record<string, unknown> = {
          'fixpath:progress': { version: 1, state: { bySlug: { 102: walk, [img]: walk } } },
          'fixpath:checks': { version: 1, state: { ticked: { [img]: true } } },
          'fixpath:feedback': { version: 1, state: { helpful: { [script]: 'yes' } } },
          'fixpath:notes': { version: 1, state: { notes: { 102: img } } },
        };
        for (const [key, value] of Object.entries(values)) {
          localStorage.setItem(key, JSON.stringify(value));
        }
        localStorage.setItem('fixpath:progress:set-aside', img);
      },
      { img: IMG, script: SCRIPT },
    );
    for (const path of ['/', '/errors/102', '/errors/202']) {
      await page.goto(path);
      await expectNothingRan(page, alarms);
    }
    await page.goto(await startHref(page, '102'));
    await expectNothingRan(page, alarms);
  });
});

test('the source never renders strings as HTML or evaluates them', () => {
  const forbidden =
    /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/;
  const offenders: string[] = [];
  const visit = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) visit(path);
      else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (forbidden.test(line)) offenders.push(`${path}:${i + 1}: ${line.trim()}`);
          });
      }
    }
  };
  visit('src');
  expect(offenders).toEqual([]);
});
