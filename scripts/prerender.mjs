#!/usr/bin/env node
// Step 3 of `npm run build`: writes static HTML for `/`, every `/errors/<code>`, a 404 page,
// an app shell for step URLs, robots.txt and sitemap.xml. Each page hydrates on the client.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSP } from './csp.mjs';

const root = process.cwd();
const dist = join(root, process.env.OUT_DIR ?? 'dist');
const basePath = process.env.BASE_PATH ?? '/';
const ssrEntry = pathToFileURL(join(root, 'dist-ssr', 'entry-prerender.js')).href;
const ssr = await import(ssrEntry);
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const manifestPath = join(dist, '.vite', 'manifest.json');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const assetBase = basePath.endsWith('/') ? basePath : `${basePath}/`;

/** A modulepreload tag for the page's own content chunk. */
function preloadFor(slug) {
  const chunk = slug ? manifest[`virtual:fixpath/error/${slug}`] : undefined;
  return chunk ? `<link rel="modulepreload" crossorigin href="${assetBase}${chunk.file}" />` : '';
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Pages are prerendered: the first paint needs the HTML and CSS only. Low priority for the
 * app's scripts lets a slow connection fetch the stylesheet first.
 */
const lowPriority = (html) =>
  html.replace(/<(script type="module"|link rel="modulepreload") /g, '<$1 fetchpriority="low" ');

function page({ title, head, body, prerenderedPath }) {
  const marker = prerenderedPath ? ` data-prerendered-path="${escapeHtml(prerenderedPath)}"` : '';
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
  const out = template
    .replace('<title>Fixpath</title>', `<title>${escapeHtml(title)}</title>`)
    .replace('<!--app-head-->', [csp, head].filter(Boolean).join('\n    '))
    .replace('<div id="root"><!--app-html--></div>', `<div id="root"${marker}>${body}</div>`);
  if (out === template || out.includes('<!--app-html-->'))
    throw new Error('index.html template markers are missing');
  return lowPriority(out);
}

function write(file, text) {
  const target = join(dist, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

let count = 0;
for (const p of ssr.pages()) {
  write(
    p.file,
    page({
      title: p.meta.title,
      head: [ssr.head(p.meta, basePath), preloadFor(p.slug)].filter(Boolean).join('\n    '),
      body: ssr.render(p.renderPath, basePath),
      prerenderedPath: p.path,
    }),
  );
  count += 1;
}

const shellBody =
  '<section class="stack"><h1>Loading your step…</h1><p>This step needs JavaScript. ' +
  `<a href="${basePath}">Find your error from the home page</a> to read its full guide.</p></section>`;
write(
  'app.html',
  page({
    title: ssr.siteConfig.name,
    head: '<meta name="robots" content="noindex" />',
    body: shellBody,
  }),
);

const base = `${ssr.siteConfig.baseUrl}${basePath.replace(/\/$/, '')}`;
write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${base}/sitemap.xml\n`);
const urls = ssr.sitemapPaths().map((path) => `  <url><loc>${escapeHtml(base + path)}</loc></url>`);
write(
  'sitemap.xml',
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
);
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
rmSync(join(dist, '.vite'), { recursive: true, force: true });
console.log(
  `Prerendered ${count} pages, app.html, robots.txt and sitemap.xml into ${process.env.OUT_DIR ?? 'dist'}/`,
);
