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

/** The page's own content chunk, fetched together with the app (no request waterfall). */
function preloadFor(slug) {
  const chunk = slug ? manifest[`virtual:fixpath/error/${slug}`] : undefined;
  return chunk ? [`${assetBase}${chunk.file}`] : [];
}

/**
 * Vite's module script and modulepreload tags come out of the template: src/boot.ts takes their
 * place and fetches the same files once the first paint is on screen. Every page is readable
 * and its links work from the prerendered HTML and CSS alone; the app then hydrates it.
 */
function withoutViteScripts(html) {
  const entry = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html);
  const boot = manifest['src/boot.ts'];
  if (!entry || !boot) throw new Error('the build has no entry script or no src/boot.ts chunk');
  const preloads = [];
  const rest = html
    .replace(entry[0], '')
    .replace(/\s*<link rel="modulepreload" crossorigin href="([^"]+)"\s*\/?>/g, (_, href) => {
      preloads.push(href);
      return '';
    });
  return { html: rest, entry: entry[1], preloads, boot: `${assetBase}${boot.file}` };
}

const vite = withoutViteScripts(template);

function bootTag(preloads) {
  const all = [...vite.preloads, ...preloads].join(' ');
  return `<script type="module" src="${vite.boot}" data-entry="${vite.entry}" data-preload="${all}"></script>`;
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `scripts` replaces the boot tag (the map pages load their own script, not the app). */
function page({ title, head, body, prerenderedPath, preloads = [], scripts, styles = '' }) {
  const marker = prerenderedPath ? ` data-prerendered-path="${escapeHtml(prerenderedPath)}"` : '';
  const csp = `<meta http-equiv="Content-Security-Policy" content="${CSP}" />`;
  const out = vite.html
    .replace('<title>Fixpath</title>', `<title>${escapeHtml(title)}</title>`)
    .replace(
      '<!--app-head-->',
      [csp, head, scripts ?? bootTag(preloads)].filter(Boolean).join('\n    '),
    )
    .replace('</head>', `${styles}</head>`)
    .replace('<div id="root"><!--app-html--></div>', `<div id="root"${marker}>${body}</div>`);
  if (out === vite.html || out.includes('<!--app-html-->'))
    throw new Error('index.html template markers are missing');
  return out;
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
      head: ssr.head(p.meta, basePath),
      body: ssr.render(p.renderPath, basePath),
      prerenderedPath: p.path,
      preloads: preloadFor(p.slug),
    }),
  );
  count += 1;
}

// Map pages (src/map/page): their own script and stylesheet after the app's, no app bundle.
const mapManifest = JSON.parse(readFileSync(join(dist, '.vite', 'map-manifest.json'), 'utf8'));
const mapEntry = mapManifest['src/map/script/map-page-script.ts'];
if (!mapEntry) throw new Error('the build has no src/map/script/map-page-script.ts chunk');
const mapScripts = `<script type="module" src="${assetBase}${mapEntry.file}"></script>`;
const mapStyles = (mapEntry.css ?? [])
  .map((css) => `  <link rel="stylesheet" href="${assetBase}${css}" />\n  `)
  .join('');
for (const p of ssr.mapPages(basePath)) {
  write(
    p.file,
    page({
      title: p.meta.title,
      head: ssr.head(p.meta, basePath),
      body: p.body,
      scripts: mapScripts,
      styles: mapStyles,
    }),
  );
  for (const extra of p.files) write(extra.file, extra.text);
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
