// The plain-HTML article: each source article as a bare page (its own text, paragraphs and
// lists, no CSS, no script, no icon), written into the bench's build so the same server serves it
// beside Fixpath's pages. The source articles live outside this repository (../shared/seeds/, or
// FIXPATH_SEEDS): they are never copied into it. Without them the comparison is skipped.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The folder of source articles, or undefined when this machine has none. */
export function seedsDir() {
  const dir = process.env.FIXPATH_SEEDS ?? join(process.cwd(), '..', 'shared', 'seeds');
  return existsSync(dir) ? dir : undefined;
}

/** Which error each source article is about: the code in its first line. */
function codeOf(text) {
  return /Error\s*=?\s*(\d{3})/.exec(text.split('\n')[0] ?? '')?.[1];
}

/** A bare page: the first line as the heading, bullet lines as a list, the rest as paragraphs. */
function bare(text) {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const [title = '', ...rest] = lines;
  const body = [];
  let list = [];
  const flush = () => {
    if (list.length) body.push(`<ul>${list.map((item) => `<li>${item}</li>`).join('')}</ul>`);
    list = [];
  };
  for (const line of rest) {
    const item = /^(?:•|\d+\.)\s*(.*)$/.exec(line);
    if (item) list.push(escapeHtml(item[1] ?? ''));
    else {
      flush();
      body.push(`<p>${escapeHtml(line)}</p>`);
    }
  }
  flush();
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title><meta name="description" content="${escapeHtml(title)}">`,
    // No icon: otherwise the browser asks for /favicon.ico, which this server answers with its
    // not-found page (7 KB), and Lighthouse's estimate counts that request against the article.
    '<link rel="icon" href="data:,">',
    `</head><body><h1>${escapeHtml(title)}</h1>${body.join('')}</body></html>`,
  ].join('');
}

/** Words in an article (what a reader of the source gets through). */
export const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/**
 * Writes `<outDir>/plain/<code>/index.html` for each source article found; returns, by code,
 * the page's path and the article's word count.
 */
export function writePlainArticles(outDir) {
  const dir = seedsDir();
  if (!dir) return {};
  const found = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const text = readFileSync(join(dir, name), 'utf8');
    const code = codeOf(text);
    if (!code) continue;
    mkdirSync(join(outDir, 'plain', code), { recursive: true });
    writeFileSync(join(outDir, 'plain', code, 'index.html'), bare(text));
    found[code] = { path: `/plain/${code}/`, words: wordCount(text) };
  }
  return found;
}
