import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * PGlite writes its write-ahead log with plain `pwrite` and never calls fsync (strace: 20
 * commits, 20 WAL writes, no fsync or fdatasync; PostgreSQL's own fsync is a no-op inside the
 * WebAssembly build). A commit is then in the operating system's page cache: it survives the
 * process dying, not the machine. `syncWal` makes it survive the machine: it calls fdatasync on
 * each WAL segment written since the last sync (fsync acts on the file, whichever descriptor
 * asks), and fsync on the folder when a segment was added, so a new segment's name is durable
 * too. Called after each commit and before the 204.
 */
export function walSyncer(dataDir: string): () => Promise<void> {
  const walDir = join(dataDir, 'pg_wal');
  let known = new Set<string>();
  let since = 0;
  return async () => {
    const started = Date.now();
    const names = (await readdir(walDir)).filter((name) => /^[0-9A-F]{24}$/.test(name));
    const added = names.some((name) => !known.has(name));
    const recent: string[] = [];
    for (const name of names) {
      const info = await stat(join(walDir, name));
      // Two seconds of slack for file systems with coarse modification times.
      if (info.mtimeMs >= since - 2_000) recent.push(name);
    }
    for (const name of recent) {
      const handle = await open(join(walDir, name), 'r');
      try {
        await handle.datasync();
      } finally {
        await handle.close();
      }
    }
    if (added) {
      const folder = await open(walDir, 'r');
      try {
        await folder.sync();
      } finally {
        await folder.close();
      }
    }
    known = new Set(names);
    since = started;
  };
}
