import type { DatabaseKind } from '@atensi/contracts';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { schema } from '../../schema.js';
import { acquireDataDirLock } from './lock.js';

export type Schema = typeof schema;
/** The query interface services and repositories use; a transaction (`db.transaction(async (tx) => ...)`) is one too. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

/** Plain SQL on one session: for migrations and bulk loads, where several statements run as one script. */
export type SqlSession = {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
};

export type Database = {
  kind: DatabaseKind;
  db: Db;
  /** Runs `fn` on one dedicated session (a pooled client on PostgreSQL), released afterwards. */
  withSession<T>(fn: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DatabaseOptions =
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob; command?: string }
  | { kind: 'postgres'; url: string; poolSize?: number };

// Dates (`date`) travel as 'YYYY-MM-DD' strings everywhere: a JS Date would shift them by the server's time zone.
// int8 (counts) as numbers on both drivers: PGlite already does, node-postgres gives strings (pitfall 7).
const DATE_OID = 1082;
const INT8_OID = 20;
pg.types.setTypeParser(DATE_OID, (value: string) => value);
pg.types.setTypeParser(INT8_OID, (value: string) => Number(value));

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.kind === 'pglite' ? openPglite(options) : openPostgres(options);
}

async function openPglite(options: { dataDir?: string; loadDataDir?: Blob; command?: string }): Promise<Database> {
  const lock = options.dataDir ? acquireDataDirLock(options.dataDir, options.command ?? 'atensi') : undefined;
  try {
    const client = await PGlite.create({
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm },
      parsers: { [DATE_OID]: (value: string) => value, [pgliteTypes.INT8]: (value: string) => Number(value) },
    });
    const session: SqlSession = {
      query: async <Row>(sql: string, params?: unknown[]) => (await client.query<Row>(sql, params)).rows,
      exec: async (sql) => {
        await client.exec(sql);
      },
    };
    return {
      kind: 'pglite',
      db: drizzlePglite({ client, schema }) as unknown as Db,
      // PGlite is one connection: a session is the instance itself; its own mutex orders concurrent callers.
      withSession: (fn) => fn(session),
      close: async () => {
        try {
          await client.close();
        } finally {
          lock?.release();
        }
      },
    };
  } catch (error) {
    lock?.release();
    throw error;
  }
}

async function openPostgres(options: { url: string; poolSize?: number }): Promise<Database> {
  // JIT compilation off for the API's sessions: its queries are short, and at national scale the planner's cost
  // estimates made PostgreSQL compile plans for 75 to 790 ms to run them in 20 to 150 (bench/results, issue 9).
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, options: '-c jit=off' });
  // An idle client that loses its server emits 'error' on the pool; without a listener the process would crash.
  pool.on('error', () => {});
  const probe = await pool.connect();
  probe.release();
  return {
    kind: 'postgres',
    db: drizzleNodePostgres({ client: pool, schema }) as unknown as Db,
    withSession: async (fn) => {
      const client = await pool.connect();
      try {
        return await fn({
          query: async <Row>(sql: string, params?: unknown[]) =>
            (await client.query(sql, params as unknown[])).rows as Row[],
          exec: async (sql) => {
            await client.query(sql);
          },
        });
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Dumps an open PGlite database (used to build the test template once). */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('none');
}
