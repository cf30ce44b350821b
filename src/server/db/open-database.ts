import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { acquireDirLock } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { openPglite } from './pglite-database.ts';
import { openPostgres } from './postgres-database.ts';

export type DatabaseTarget =
  | { readonly kind: 'postgres'; readonly url: string; readonly answerWithinMs?: number }
  | { readonly kind: 'embedded'; readonly dir: string }
  | { readonly kind: 'memory' };

/** What the server was told to use: for log lines (never the password). */
export function describeTarget(target: DatabaseTarget): string {
  switch (target.kind) {
    case 'postgres': {
      const url = new URL(target.url);
      return `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`;
    }
    case 'embedded':
      return `embedded PGlite in ${target.dir}`;
    case 'memory':
      return 'embedded PGlite in memory (nothing is kept)';
  }
}

export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  switch (target.kind) {
    case 'postgres':
      return openPostgres(target.url, target.answerWithinMs);
    case 'memory':
      return openPglite('memory://');
    case 'embedded':
      return openEmbedded(target.dir);
  }
}

/**
 * A complete PostgreSQL folder always has PG_VERSION. A new one is made beside the real one
 * and renamed into place once complete, so a process killed while creating it leaves nothing
 * half-made behind.
 */
async function openEmbedded(dir: string): Promise<Database> {
  mkdirSync(dirname(dir), { recursive: true });
  const release = acquireDirLock(`${dir}.lock`);
  try {
    for (const name of readdirSync(dirname(dir))) {
      if (name.startsWith(`${basename(dir)}.init-`)) {
        rmSync(join(dirname(dir), name), { recursive: true, force: true });
      }
    }
    if (!existsSync(join(dir, 'PG_VERSION'))) {
      const fresh = `${dir}.init-${process.pid}`;
      await (await openPglite(fresh)).close();
      if (existsSync(dir)) renameSync(dir, `${dir}.incomplete-${Date.now()}`);
      renameSync(fresh, dir);
    }
    const db = await openPglite(dir);
    return {
      ...db,
      close: async () => {
        try {
          await db.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
