/**
 * The one database interface. Two adapters implement it: PGlite (PostgreSQL compiled to
 * WebAssembly, in this process, data in a folder) and a PostgreSQL server (`DATABASE_URL`).
 * Both speak the same SQL, so the event store, the insights queries and the migrations are
 * written once, above this interface.
 */
export type SqlValue = string | number | boolean | null;
export type Row = Readonly<Record<string, unknown>>;

export interface Queryable {
  /** One statement with `$1`, `$2`… parameters. */
  query(sql: string, params?: readonly SqlValue[]): Promise<readonly Row[]>;
  /** A script of several statements with no parameters (migrations). */
  execScript(sql: string): Promise<void>;
}

export type DatabaseKind = 'embedded' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Makes what was committed durable on disk before it is acknowledged. PostgreSQL does that
   * at commit (its own fsync); the embedded PGlite does not, and syncs its log here.
   */
  sync(): Promise<void>;
  /** False once the database cannot be used again and must be opened afresh. */
  usable(): boolean;
  close(): Promise<void>;
}
