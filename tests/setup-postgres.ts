/**
 * Vitest global setup for the server tests: the same suite runs on the embedded database
 * (always) and on a real PostgreSQL server. A throwaway cluster is started here when the
 * server binaries are installed (Debian's `postgresql` package), or FIXPATH_TEST_DATABASE_URL
 * names a server to use; otherwise one line says that half was skipped.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../scripts/postgres-cluster.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** An admin URL of a PostgreSQL server for tests, or '' when there is none. */
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  const given = process.env.FIXPATH_TEST_DATABASE_URL;
  if (given) {
    project.provide('postgresUrl', given);
    return undefined;
  }
  const fromPort = Number(process.env.FIXPATH_TEST_PG_PORT ?? 4300);
  const cluster = await startPostgresCluster({ fromPort });
  if (!cluster) {
    process.stdout.write(
      'Server tests: no PostgreSQL server binaries found (/usr/lib/postgresql/<version>/bin), so ' +
        'the PostgreSQL half was skipped. To run it: apt-get install postgresql, or set ' +
        'FIXPATH_TEST_DATABASE_URL=postgres://user@host:port/db\n',
    );
    project.provide('postgresUrl', '');
    return undefined;
  }
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
