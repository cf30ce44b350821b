import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { chooseFile } from './choose-file.ts';

const site = { dir: '/srv/dist', basePath: '/' };
const files = new Set([
  '/srv/dist/index.html',
  '/srv/dist/errors/102/index.html',
  '/srv/dist/errors/102/checklist/index.html',
  '/srv/dist/errors/102/step/immediately/index.html',
  '/srv/dist/errors/202/index.html',
  '/srv/dist/errors/202/checklist/index.html',
  '/srv/dist/errors/202/step/tried/index.html',
  '/srv/dist/errors/103/index.html',
  '/srv/dist/errors/103/step/tried/index.html',
  '/srv/dist/robots.txt',
]);
const exists = (path: string): boolean => files.has(path);
/** The names in a folder, from the files above. */
const list = (dir: string): string[] => [
  ...new Set(
    [...files].flatMap((file) =>
      file.startsWith(`${dir}/`) ? [file.slice(dir.length + 1).split('/')[0] ?? ''] : [],
    ),
  ),
];
const choose = (path: string, s = site) =>
  chooseFile(s, new URL(path, 'http://localhost'), exists, list);

describe('which file answers a URL', () => {
  it('serves files, folders by their index.html, prerendered steps as they are, others a 404', () => {
    expect(choose('/')).toEqual({ kind: 'file', file: '/srv/dist/index.html', status: 200 });
    expect(choose('/errors/102')).toEqual({
      kind: 'file',
      file: '/srv/dist/errors/102/index.html',
      status: 200,
    });
    expect(choose('/robots.txt')).toMatchObject({ file: '/srv/dist/robots.txt', status: 200 });
    expect(choose('/errors/102/step/immediately?s=x')).toEqual({
      kind: 'file',
      file: '/srv/dist/errors/102/step/immediately/index.html',
      status: 200,
    });
    expect(choose('/errors/102/nothing')).toEqual({
      kind: 'file',
      file: join('/srv/dist', '404.html'),
      status: 404,
    });
  });

  it('answers a step of another guide under this one with the app shell (it says whose it is)', () => {
    expect(choose('/errors/102/step/tried?s=abcd-0')).toEqual({
      kind: 'file',
      file: join('/srv/dist', 'app.html'),
      status: 200,
    });
  });

  it('answers a step name that no guide has with the 404 page (issue 22)', () => {
    // Only guides count: the neighbour 103 is not a guide, and `..` is not a name.
    for (const path of [
      '/errors/102/step/zzz',
      '/errors/102/step/zzz?s=abcd-0',
      '/errors/202/step/immediately/../zzz',
      '/errors/202/step/.tried',
    ]) {
      expect(choose(path), path).toEqual({
        kind: 'file',
        file: join('/srv/dist', '404.html'),
        status: 404,
      });
    }
  });

  it('answers a step under a code with no guide (unknown, or a neighbour) with the 404 page', () => {
    for (const path of ['/errors/abc/step/x', '/errors/103/step/x?s=1', '/errors/../step/x']) {
      expect(choose(path), path).toEqual({
        kind: 'file',
        file: join('/srv/dist', '404.html'),
        status: 404,
      });
    }
  });

  it('moves error codes typed in capitals to the lower-case address, keeping the query', () => {
    expect(choose('/errors/H202/step/x?s=1&mode=agent')).toEqual({
      kind: 'redirect',
      location: '/errors/h202/step/x?s=1&mode=agent',
    });
    expect(choose('/help/errors/OL-202', { dir: '/srv/dist', basePath: '/help/' })).toEqual({
      kind: 'redirect',
      location: '/help/errors/ol-202',
    });
  });

  it('never leaves the site folder and survives broken escapes', () => {
    for (const path of [
      '/../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%5c..%5cetc',
      '/%E0%A4%A',
    ]) {
      expect(choose(path), path).toMatchObject({ status: 404 });
    }
  });
});

describe('serving the site (events off)', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ target: { kind: 'memory' }, env: { FIXPATH_EVENTS: 'off' } });
  });
  afterAll(() => server.close());

  it('sends the policy and security headers, gzip when asked, and no events tag', async () => {
    const page = await server.get('/', { 'Accept-Encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).not.toContain('fixpath-events');
    const asset = await server.get('/assets/main-abc.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends Brotli to a browser that takes it, the same page as gzip and as it is', async () => {
    const plain = await (await server.get('/errors/102', { 'Accept-Encoding': 'identity' })).text();
    // fetch() decodes what it is sent; the header says which form came.
    for (const [accept, sent] of [
      ['gzip, deflate, br', 'br'],
      ['gzip, br;q=0', 'gzip'],
      ['identity', null],
    ] as const) {
      const page = await server.get('/errors/102', { 'Accept-Encoding': accept });
      expect(page.headers.get('content-encoding'), accept).toBe(sent);
      expect(page.headers.get('vary')).toBe('Accept-Encoding');
      expect(await page.text(), accept).toBe(plain);
    }
  });

  it('answers HEAD without a body, and 404 with the not-found page', async () => {
    const head = await fetch(`${server.origin}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const missing = await server.get('/no/such/page');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Not found');
  });

  it('has no events or insights: those are 404, and the health check says events are off', async () => {
    expect((await server.post('{}')).status).toBe(404);
    expect((await server.get('/insights')).status).toBe(404);
    expect(await (await server.get('/api/health')).json()).toEqual({ database: 'off' });
  });

  it('accepts a very long step link (256 KB header limit)', async () => {
    const response = await fetch(
      `${server.origin}/errors/102/step/immediately?s=${'1'.repeat(100_000)}`,
    );
    expect(response.status).toBe(200);
  });
});
