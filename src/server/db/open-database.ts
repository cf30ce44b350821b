import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
 * The embedded folder, with a marker beside it (`pglite.ready`) written once PGlite has made
 * and opened it. A folder without the marker was left by a start that did not finish (killed
 * while making it): it is kept if it opens, and otherwise set aside (renamed, not deleted) and
 * made again. A folder with the marker is never moved, whatever happens.
 */
async function openMarked(dir: string): Promise<Database> {
  const marker = `${dir}.ready`;
  if (existsSync(dir) && !existsSync(marker)) {
    try {
      const db = await openPglite(dir);
      writeFileSync(marker, `${new Date().toISOString()}\n`);
      return db;
    } catch {
      renameSync(dir, `${dir}.incomplete-${Date.now()}`);
    }
  }
  const db = await openPglite(dir);
  if (!existsSync(marker)) writeFileSync(marker, `${new Date().toISOString()}\n`);
  return db;
}

async function openEmbedded(dir: string): Promise<Database> {
  mkdirSync(dirname(dir), { recursive: true });
  const release = acquireDirLock(`${dir}.lock`);
  try {
    const db = await openMarked(dir);
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
