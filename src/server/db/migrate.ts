import type { Database } from './database.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Any number shared by every Fixpath instance: the advisory lock that serialises migrations. */
const MIGRATION_LOCK = 7_146_350_211;

const files = import.meta.glob<string>('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The SQL files in migrations/, named `NNN-what-it-does.sql`, in order. */
export function bundledMigrations(): readonly Migration[] {
  return Object.entries(files)
    .map(([path, sql]) => {
      const match = /\/(\d{3})-([a-z0-9-]+)\.sql$/.exec(path);
      if (!match?.[1] || !match[2]) throw new Error(`migration file name not understood: ${path}`);
      return { version: Number(match[1]), name: match[2], sql };
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Applies the migrations the database has not seen, in one transaction, holding an advisory
 * lock: when several instances start at once against one PostgreSQL, one applies them and the
 * others wait, then find nothing left to do. Returns the versions applied now.
 */
export async function migrate(
  db: Database,
  migrations: readonly Migration[] = bundledMigrations(),
): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execScript(
      `create table if not exists fixpath_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`,
    );
    const rows = await tx.query('select version from fixpath_migrations');
    const done = new Set(rows.map((row) => Number(row.version)));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      await tx.execScript(migration.sql);
      await tx.query('insert into fixpath_migrations (version, name) values ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}
