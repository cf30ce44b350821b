import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDirLock, DataDirBusyError } from './data-dir-lock.ts';

const root = mkdtempSync(join(tmpdir(), 'fixpath-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// The folder itself (made aside, renamed into place, lock released on stop, a second server
// refused) is tested on the real server in ../durability.test.ts.
describe('the embedded database’s lock file', () => {
  it('refuses a folder held by another live process or by this one; takes over a stale lock', () => {
    const lock = join(root, 'pglite.lock');
    writeFileSync(lock, `${process.ppid}\n`);
    expect(() => acquireDirLock(lock)).toThrow(DataDirBusyError);
    writeFileSync(lock, '999999999\n');
    const first = acquireDirLock(lock);
    expect(() => acquireDirLock(lock)).toThrow(DataDirBusyError);
    first();
    // Our own pid in a lock this process does not hold: left by a container's previous life.
    writeFileSync(lock, `${process.pid}\n`);
    const release = acquireDirLock(lock);
    expect(existsSync(lock)).toBe(true);
    release();
    expect(existsSync(lock)).toBe(false);
  });
});
