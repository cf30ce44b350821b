// What the built site was made from: one hash over every file the build reads (sources, content,
// build scripts and configuration, the lock file) and the settings that change its output. The
// build writes it beside what it built; `npm start` (scripts/build-if-stale.mjs) compares it with
// the working tree to skip a build that would change nothing.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What the build reads, from the project's root. Folders are read whole. */
const INPUTS = [
  'content',
  'src',
  'scripts',
  'public',
  'index.html',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
  'vite.embed.config.ts',
  'vite.map.config.ts',
];

/** Settings the build reads from the environment. */
const SETTINGS = [
  'BASE_PATH',
  'SITE_URL',
  'FIXPATH_EMBED_ORIGINS',
  'FIXPATH_CONTENT_DIR',
  'NODE_ENV',
];

/** Where the stamp is kept, in the built site's folder. */
export const stampFile = (outDir) => join(outDir, '.build-stamp');

function* filesUnder(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    yield* filesUnder(root, join(path, entry.name));
  }
}

/** The hash of everything the build would read now. */
export function currentStamp(root = process.cwd(), env = process.env) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of filesUnder(root, input)) {
      hash.update(`${relative(root, join(root, file))}\0`);
      hash.update(readFileSync(join(root, file)));
      hash.update('\0');
    }
  }
  for (const name of SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}

/** Writes the stamp of the tree as it is now (the build's last step). */
export function writeStamp(outDir, root = process.cwd()) {
  writeFileSync(stampFile(outDir), `${currentStamp(root)}\n`);
}

/** Whether the built site in `outDir` (and the server bundle) was made from the tree as it is. */
export function isUpToDate(outDir, serverFile, root = process.cwd()) {
  const stamp = stampFile(outDir);
  if (!existsSync(stamp) || !existsSync(serverFile)) return false;
  return readFileSync(stamp, 'utf8').trim() === currentStamp(root);
}

// `node scripts/build-stamp.mjs write`: the build's last step.
if (process.argv[1]?.endsWith('build-stamp.mjs') && process.argv[2] === 'write') {
  writeStamp(process.env.OUT_DIR ?? 'dist');
}
