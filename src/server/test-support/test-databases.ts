/**
 * The databases every server suite runs on: embedded PGlite (in memory) always, and a fresh
 * database on the test PostgreSQL server when tests/setup-postgres.ts provided one.
 */
import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import type { DatabaseTarget } from '../db/open-database.ts';

export interface TestDatabase {
  readonly name: 'PGlite' | 'PostgreSQL';
  /** A new, empty database (on PostgreSQL: a database of its own, dropped after the file). */
  target(): Promise<DatabaseTarget>;
}

const created: string[] = [];

afterAll(async () => {
  const admin = inject('postgresUrl');
  if (!admin || created.length === 0) return;
  const sql = postgres(admin, { max: 1, onnotice: () => undefined });
  for (const name of created.splice(0)) {
    await sql.unsafe(`drop database if exists ${name} with (force)`);
  }
  await sql.end();
});

async function freshPostgres(admin: string): Promise<DatabaseTarget> {
  const name = `fixpath_test_${Math.random().toString(36).slice(2, 10)}`;
  const sql = postgres(admin, { max: 1, onnotice: () => undefined });
  try {
    await sql.unsafe(`create database ${name} template template0`);
  } finally {
    await sql.end();
  }
  created.push(name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { kind: 'postgres', url: url.toString() };
}

export function testDatabases(): TestDatabase[] {
  const admin = inject('postgresUrl');
  const list: TestDatabase[] = [{ name: 'PGlite', target: async () => ({ kind: 'memory' }) }];
  if (admin) list.push({ name: 'PostgreSQL', target: () => freshPostgres(admin) });
  return list;
}
