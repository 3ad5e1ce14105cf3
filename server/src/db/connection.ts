import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './types.ts';

// int8 (counts, identity ids) arrives as a string by default; every such value here is far
// below 2^53, so it is parsed as a number once, deliberately, for the whole process.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// A calendar date stays the ISO string 'YYYY-MM-DD': as a JS Date it would shift with the
// process's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export type Database = Kysely<DB>;

export function createDatabase(connectionString: string, max = 10): Database {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis: 30_000 });
  // An idle client that loses its server (restart, failover) must not crash the process.
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));
  return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
