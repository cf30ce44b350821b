#!/usr/bin/env node
// Step 3 of `npm run build`: writes every page as static HTML. Each page carries its CSS inline
// and one small inline script (src/app/boot.ts) that fetches the page's own script after the
// first paint: `document` for the static pages, `wizard` for step pages. Also writes app.html
// (the wizard's shell for step addresses that were not prerendered), robots.txt, the sitemap
// (when the site's address is known) and the Content-Security-Policy with the inline hashes.
// Each page also has an embed variant (index.embed.html: inside a firm's website), and embed.js
// gets the list of websites allowed to show them (decision 012).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { contentSecurityPolicy, sha256 } from './csp.mjs';
import { EMBED_CONFIG_FILE, frameHeaders, withEmbedConfig } from './embed-config.mjs';

const root = process.cwd();
const outDir = process.env.OUT_DIR ?? 'dist';
const dist = join(root, outDir);
const basePath = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const base = basePath.slice(0, -1);
const ssr = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-prerender.js')).href);
// The app's build and the map pages' build (vite.map.config.ts) each write a manifest.
const manifest = {
  ...JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')),
  ...JSON.parse(readFileSync(join(dist, '.vite', 'map-manifest.json'), 'utf8')),
};

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const asset = (file) => `${basePath}${file}`;

function chunk(key) {
  const found = manifest[key];
  if (!found) throw new Error(`the build has no ${key}`);
  return found;
}

/** An entry's file and every chunk it imports (to preload them together). */
function withImports(key) {
  const files = [];
  const visit = (name) => {
    const item = manifest[name];
    if (!item || files.includes(item.file)) return;
    files.push(item.file);
    for (const dep of item.imports ?? []) visit(dep);
  };
  visit(key);
  return files.map(asset);
}

const css = (key) => {
  const item = chunk(key);
  const files = item.file.endsWith('.css') ? [item.file] : (item.css ?? []);
  return files.map((file) => readFileSync(join(dist, file), 'utf8').trim()).join('');
};

// The inline parts of every page. A page on its own has the boot script and its kind's stylesheet.
// An embed page has, in the same two tags, what a page inside a firm's frame needs: the
// stylesheet without the site's header, with the firm's colours after it, and after boot the
// height reporter (src/app/frame-boot.ts, built on its own into dist-ssr/).
const boot = readFileSync(join(dist, chunk('src/app/boot.ts').file), 'utf8').trim();
const frameBoot = readFileSync(join(root, 'dist-ssr', 'frame-boot.js'), 'utf8').trim();
const embedStyle = ssr.embedPageStyle();
const pageStyles = {
  document: css('src/styles/document.css'),
  step: css('src/styles/step.css'),
  map: css('src/styles/document.css') + css('src/map/script/map-page-script.ts'),
};
const embedPageStyles = {
  document: css('src/styles/embed-document.css') + embedStyle,
  step: css('src/styles/embed-step.css') + embedStyle,
  map: css('src/styles/embed-document.css') + css('src/map/script/map-page-script.ts') + embedStyle,
};
// Without JavaScript, what needs it is hidden. An embed page never needs this: it is only ever
// shown by embed.js, on a page whose browser runs scripts.
const noscript = '.needs-js{display:none!important}.no-js-only{display:inline}';
/**
 * The inline parts of a page of this kind, on its own or embedded: its script, its stylesheet,
 * and (on its own) the style for a browser without JavaScript. The page's tags and its policy
 * are both written from these.
 */
const inlineParts = (kind, embed) => ({
  script: embed ? `${boot}\n${frameBoot}` : boot,
  style: (embed ? embedPageStyles : pageStyles)[kind],
  noscript: embed ? undefined : noscript,
});
const stylesOf = (parts) => (parts.noscript ? [parts.style, parts.noscript] : [parts.style]);
// Each page's policy names only its own inline parts; the one for servers to send as a header
// (csp.txt) names them all.
const pagePolicy = (parts) =>
  contentSecurityPolicy({ scripts: [sha256(parts.script)], styles: stylesOf(parts).map(sha256) });
const allParts = Object.keys(pageStyles).flatMap((kind) =>
  [false, true].map((embed) => inlineParts(kind, embed)),
);
const policy = contentSecurityPolicy({
  scripts: [...new Set(allParts.map((part) => sha256(part.script)))],
  styles: [...new Set(allParts.flatMap((part) => stylesOf(part).map(sha256)))],
});

// Who may show this copy in a frame: FIXPATH_EMBED_ORIGINS, or embed.allowedOrigins.
let embedOrigins;
try {
  embedOrigins = ssr.embedOrigins(process.env.FIXPATH_EMBED_ORIGINS);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const embedConfig = { allowedOrigins: embedOrigins, name: ssr.siteConfig.name };

const entries = {
  document: withImports('src/app/document/document.ts'),
  step: withImports('src/app/wizard/main.tsx'),
  map: withImports('src/map/script/map-page-script.ts'),
};

/** The page's own content chunk, fetched with the wizard (no request waterfall). */
const contentChunk = (slug) => {
  const item = slug ? manifest[`virtual:fixpath/error/${slug}`] : undefined;
  return item ? [asset(item.file)] : [];
};

/**
 * The site's icon (public/favicon.svg, a few hundred bytes), written into each page's head as a
 * data: address, so a first visit makes no request for it (CSP allows `img-src data:`).
 */
const icon = `data:image/svg+xml,${readFileSync(join(root, 'public', 'favicon.svg'), 'utf8')
  .trim()
  .replace(/"/g, "'")
  .replace(/[%#<>]/g, encodeURIComponent)}`;

/**
 * What only one kind of page has in its head: a page on its own has the icon and the style for
 * a browser without JavaScript; an embed page has the allowed origins (the height reporter
 * reports only to them) and no icon (a frame shows none).
 */
const ownHead = (embed, parts) =>
  embed
    ? [`<meta name="fixpath-embed-origins" content="${escapeHtml(embedOrigins.join(' '))}" />`]
    : [
        `<link rel="icon" href="${icon}" type="image/svg+xml" />`,
        `<noscript><style>${parts.noscript}</style></noscript>`,
      ];

function html({ kind, title, head, body, root: rootAttrs = {}, slug, embed = false }) {
  const [entry, ...preloads] = entries[kind];
  const attrs = Object.entries(rootAttrs)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const parts = inlineParts(kind, embed);
  // A step page names the route it was prerendered for, for the boot script (src/app/boot.ts).
  const session = rootAttrs['data-prerendered-session'];
  const sessionAttr = session === undefined ? '' : ` data-session="${escapeHtml(session)}"`;
  const bootTag =
    `<script data-entry="${entry}" data-preload="${[...preloads, ...contentChunk(slug)].join(' ')}"${sessionAttr}>` +
    `${parts.script}</script>`;
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta http-equiv="Content-Security-Policy" content="${pagePolicy(parts)}" />
    <meta name="referrer" content="same-origin" />
    <title>${escapeHtml(title)}</title>
    ${head}
    <style>${parts.style}</style>
    ${ownHead(embed, parts).join('\n    ')}
    ${bootTag}
  </head>
  <body>
    <div id="root"${attrs}>${body}</div>
  </body>
</html>
`;
}

function write(file, text) {
  const target = join(dist, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const siteUrl =
  (process.env.SITE_URL || ssr.siteConfig.baseUrl || '').replace(/\/$/, '') || undefined;

let count = 0;
for (const page of ssr.pages(siteUrl, base)) {
  write(page.file, html(page));
  for (const extra of page.files ?? []) write(extra.file, extra.text);
  count += 1;
}

const shell =
  '<main id="main" class="page"><section class="stack"><h1>Opening your step…</h1>' +
  '<p class="no-js-only">This step needs JavaScript. ' +
  `<a href="${basePath}">Find your error from the home page</a> to read its guide.</p>` +
  '</section></main>';
for (const embed of [false, true]) {
  write(
    embed ? 'app.embed.html' : 'app.html',
    html({
      kind: 'step',
      title: `Opening your step | ${ssr.siteConfig.name}`,
      head: '<meta name="robots" content="noindex" />',
      body: shell,
      embed,
    }),
  );
}

// The server's /insights page (src/server/insights): its script, and every stylesheet it needs
// (the site's, its own, and those of the chunks it imports, such as the map's).
const cssWithImports = (key) => {
  const found = [];
  const visit = (name) => {
    const item = manifest[name];
    if (!item) return;
    for (const css of item.css ?? []) if (!found.includes(css)) found.push(css);
    for (const dep of item.imports ?? []) visit(dep);
  };
  visit(key);
  return found;
};
const insights = manifest['src/insights/main.ts'];
if (insights) {
  const site = chunk('src/styles/document.css').file;
  write(
    'insights.json',
    `${JSON.stringify({
      script: insights.file,
      styles: [site, ...cssWithImports('src/insights/main.ts')],
    })}\n`,
  );
}

// The policy for servers to send as a header (src/server reads it; see README), and the same
// for static hosts that read _headers (Netlify, Cloudflare Pages), with who may frame the site.
write('csp.txt', `${policy}\n`);
const headerLines = Object.entries(frameHeaders(policy, embedOrigins))
  .map(([name, value]) => `  ${name}: ${value}\n`)
  .join('');
write('_headers', `/*\n${headerLines}  Referrer-Policy: same-origin\n`);
// embed.js, with this copy's name and allowed origins written in; the server reads the same
// config back (and can be told other origins: FIXPATH_EMBED_ORIGINS).
write(EMBED_CONFIG_FILE, `${JSON.stringify(embedConfig)}\n`);
write('embed.js', withEmbedConfig(readFileSync(join(dist, 'embed.js'), 'utf8'), embedConfig));
// Budget (issue 16): firms' pages load embed.js on every visit; the build stops if it grows.
const EMBED_BUDGET = 2048;
const embedGzip = gzipSync(readFileSync(join(dist, 'embed.js'))).length;
if (embedGzip > EMBED_BUDGET) {
  console.error(`embed.js is ${embedGzip} bytes gzipped: over its budget of ${EMBED_BUDGET}.`);
  process.exit(1);
}

let sitemapNote = 'no sitemap (set SITE_URL or baseUrl in content/site.yaml to write one)';
if (siteUrl) {
  const urls = ssr
    .sitemapPaths()
    .map((path) => `  <url><loc>${escapeHtml(`${siteUrl}${base}${path}`)}</loc></url>`);
  write(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
  );
  write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${siteUrl}${base}/sitemap.xml\n`);
  sitemapNote = `sitemap.xml for ${siteUrl}${base}/`;
} else {
  write('robots.txt', 'User-agent: *\nAllow: /\n');
  console.log(
    'No site address: pages carry no canonical URL and no sitemap is written (set SITE_URL, or baseUrl in content/site.yaml).',
  );
}
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
rmSync(join(dist, '.vite'), { recursive: true, force: true });
console.log(`Prerendered ${count} pages, app.html, robots.txt and ${sitemapNote} into ${outDir}/`);
console.log(
  embedOrigins.length > 0
    ? `embed.js (${embedGzip} bytes gzipped) may be used on ${embedOrigins.join(', ')}`
    : 'No website may show these pages in a frame (embed.allowedOrigins is empty).',
);
