/**
 * The last step of `npm run build:site`: writes a Brotli (`.br`) and a gzip (`.gz`) copy beside
 * each text file of dist/ that the server sends as it is (scripts, styles, images in SVG, the
 * maps' downloads), once, at the best quality, so that no request pays for compression
 * (@fastify/static sends them with `preCompressed`). Pages (`.html`) and embed.js are left out:
 * the server rewrites those as it serves them (its events tag, the allowed origins) and
 * compresses its own copy once. A copy that would not be smaller is not written.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const TEXT = /\.(js|mjs|css|svg|json|txt|xml|mmd|dot|map|ico)$|(^|\/)_headers$/;
const MIN_BYTES = 256;

function* filesOf(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesOf(path);
    else if (entry.isFile()) yield path;
  }
}

let written = 0;
let before = 0;
let after = 0;
for (const file of filesOf(dir)) {
  const name = relative(dir, file);
  if (!TEXT.test(name) || name === 'embed.js') continue;
  const body = readFileSync(file);
  if (body.length < MIN_BYTES) continue;
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gz = gzipSync(body, { level: 9 });
  for (const [ext, copy] of [
    ['.br', br],
    ['.gz', gz],
  ]) {
    if (copy.length >= body.length) continue;
    writeFileSync(file + ext, copy);
    written += 1;
  }
  before += statSync(file).size;
  after += br.length;
}
console.log(
  `Compressed ${written} copies in ${dir}/ once for the server (${Math.round(before / 1024)} KB of text, ${Math.round(after / 1024)} KB as Brotli).`,
);
