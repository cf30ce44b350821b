import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/** Another live process holds the embedded database's folder. */
export class DataDirBusyError extends Error {
  constructor(lockFile: string, pid: number) {
    super(
      `the embedded database is in use by process ${pid} (${lockFile}); PGlite allows one ` +
        'process per folder: stop that process, or give this one its own FIXPATH_DATA_DIR, ' +
        'or use DATABASE_URL for several instances',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}

function readHolder(lockFile: string): number | undefined {
  try {
    return Number(readFileSync(lockFile, 'utf8').trim());
  } catch {
    return undefined;
  }
}

/** Lock files this process holds (a lock with our own pid may be a stale one from a container's
 * previous life, where the server was pid 1 too). */
const held = new Set<string>();

/**
 * Takes a pid lock file beside the embedded database's folder. Two processes writing one PGlite
 * folder would corrupt it, and PGlite itself takes no such lock. A lock left by a process that
 * is gone (killed with SIGKILL, say) is taken over. Returns the function that releases it.
 */
export function acquireDirLock(lockFile: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
      held.add(lockFile);
      return () => {
        held.delete(lockFile);
        try {
          if (Number(readFileSync(lockFile, 'utf8').trim()) === process.pid) rmSync(lockFile);
        } catch {
          // Already gone.
        }
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
    }
    const holder = readHolder(lockFile);
    if (holder === undefined) continue;
    const ours = holder === process.pid;
    if (
      (ours && held.has(lockFile)) ||
      (!ours && holder > 0 && Number.isInteger(holder) && isAlive(holder))
    ) {
      throw new DataDirBusyError(lockFile, holder);
    }
    rmSync(lockFile, { force: true });
  }
  throw new Error(`could not take the lock ${lockFile}`);
}
