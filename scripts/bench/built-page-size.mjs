// What a built page weighs, computed from the files in dist/ (no browser, no network): the page's
// HTML and every script it names (its entry, the entry's preloads and their static imports), each
// gzip-compressed at the level the server uses. Deterministic, so a test may compare two pages by
// it; what a browser actually downloads (islands, timing) is measured by `npm run bench`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzipBytes = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** The `/assets/...` scripts a page's inline boot names. */
function namedScripts(html) {
  const names = new Set();
  for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/g)) {
    for (const [, value] of attrs.matchAll(/data-(?:entry|preload)="([^"]*)"/g)) {
      for (const url of value.split(/\s+/)) if (url) names.add(url);
    }
    const src = /\bsrc="([^"]*)"/.exec(attrs)?.[1];
    if (src) names.add(src);
  }
  for (const [, attrs] of html.matchAll(/<link\b([^>]*)>/g)) {
    if (!/\brel="(?:stylesheet|modulepreload)"/.test(attrs)) continue;
    const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
    if (href && !href.startsWith('data:')) names.add(href);
  }
  return [...names];
}

/** A script's static imports (`import"./x.js"`, `from"./x.js"`), as site paths. */
function staticImports(source, sitePath) {
  const dir = sitePath.slice(0, sitePath.lastIndexOf('/') + 1);
  return [...source.matchAll(/(?:\bfrom|\bimport)\s*"(\.\/[^"]+)"/g)].map(
    ([, relative]) => dir + relative.slice(2),
  );
}

/**
 * @param {string} dist the built site's folder
 * @param {string} htmlFile a page's file under it, e.g. `errors/102/index.embed.html`
 * @param {string} [base] the site's base path (BASE_PATH), `/` by default
 */
export function builtPageSize(dist, htmlFile, base = '/') {
  const html = readFileSync(join(dist, htmlFile));
  const files = [{ path: htmlFile, bytes: gzipBytes(html) }];
  const seen = new Set();
  const queue = namedScripts(html.toString('utf8'));
  while (queue.length > 0) {
    const sitePath = queue.shift();
    if (seen.has(sitePath)) continue;
    seen.add(sitePath);
    const relative = sitePath.startsWith(base) ? sitePath.slice(base.length) : sitePath;
    const body = readFileSync(join(dist, relative));
    files.push({ path: sitePath, bytes: gzipBytes(body) });
    if (sitePath.endsWith('.js')) queue.push(...staticImports(body.toString('utf8'), sitePath));
  }
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}
