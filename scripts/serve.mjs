#!/usr/bin/env node
// `npm start` (after the build): serves dist/ at http://localhost:4173 (PORT changes it).
// Prerendered pages as they are (the agent view of a page for `?mode=agent`), step addresses
// that were not prerendered through the wizard's shell, anything else a real 404. Sends the
// build's Content-Security-Policy header (dist/csp.txt) and gzips text.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(process.cwd(), process.env.OUT_DIR ?? 'dist');
const port = Number(process.env.PORT ?? 4173);
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  // The map pages' downloads for authors (Mermaid and Graphviz text).
  '.mmd': 'text/plain; charset=utf-8',
  '.dot': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

if (!existsSync(join(dist, 'index.html'))) {
  console.error('dist/ is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const CSP = readFileSync(join(dist, 'csp.txt'), 'utf8').trim();

const cache = new Map();
function file(path) {
  if (!cache.has(path)) {
    const body = readFileSync(path);
    const type = types[extname(path)] ?? 'application/octet-stream';
    const gzip = /^(text|application\/(xml|json))|svg/.test(type) ? gzipSync(body) : null;
    cache.set(path, { body, gzip, type });
  }
  return cache.get(path);
}

const isFile = (path) => existsSync(path) && statSync(path).isFile();

/** A page's agent view (`index.agent.html`) for `?mode=agent`, where the build wrote one. */
function variant(path, agent) {
  if (!agent || !path.endsWith('.html')) return path;
  const candidate = path.replace(/\.html$/, '.agent.html');
  return isFile(candidate) ? candidate : path;
}

function resolve(urlPath) {
  if (!urlPath.startsWith(basePath) && `${urlPath}/` !== basePath) return null;
  const rel = normalize(decodeURIComponent(urlPath.slice(basePath.length))).replace(
    /^([/\\])+/,
    '',
  );
  if (rel.startsWith('..')) return null;
  const target = join(dist, rel);
  if (!target.startsWith(dist + sep) && target !== dist) return null;
  for (const candidate of [target, join(target, 'index.html'), `${target}.html`]) {
    if (isFile(candidate)) return candidate;
  }
  return null;
}

// Long enough for any step link, and for a hostile 100 KB one to reach the app, which explains it
// (Node's default of 16 KB answers 431 with an empty body: a blank page).
const options = { maxHeaderSize: 256 * 1024 };

const server = createServer(options, (req, res) => {
  let urlPath;
  try {
    urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    decodeURIComponent(urlPath);
  } catch {
    urlPath = '/__bad__';
  }
  // Error codes are lower-case in addresses: /errors/H202 moves permanently to /errors/h202.
  const code = /^(\/errors\/)([^/]+)(.*)$/.exec(urlPath.slice(basePath.length - 1));
  if (code && code[2] !== code[2].toLowerCase()) {
    const search = new URL(req.url ?? '/', 'http://localhost').search;
    const target = `${basePath.slice(0, -1)}${code[1]}${code[2].toLowerCase()}${code[3]}${search}`;
    res.writeHead(301, { Location: target, 'Content-Security-Policy': CSP });
    res.end();
    return;
  }
  const agent = new URL(req.url ?? '/', 'http://localhost').searchParams.get('mode') === 'agent';
  let path = resolve(urlPath);
  let status = 200;
  if (!path) {
    const isStep = /^\/errors\/[^/]+\/step\/[^/]+\/?$/.test(urlPath.slice(basePath.length - 1));
    path = join(dist, isStep ? 'app.html' : '404.html');
    status = isStep ? 200 : 404;
  }
  path = variant(path, agent);
  const { body, gzip, type } = file(path);
  const headers = {
    'Content-Type': type,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': path.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  const useGzip = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (useGzip) headers['Content-Encoding'] = 'gzip';
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : useGzip ? gzip : body);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Fixpath is being served at http://localhost:${port}${basePath}`);
});
// Also answer on IPv6 loopback, where "localhost" may resolve first; ignore if unavailable.
const v6 = createServer(options, (req, res) => server.emit('request', req, res));
v6.on('error', () => {});
v6.listen(port, '::1');
