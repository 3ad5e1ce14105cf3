import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

/** One round trip to PostgreSQL, bounded in time. */
export async function databaseReachable(db: Kysely<DB>, timeoutMs: number): Promise<boolean> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), timeoutMs).unref());
  try {
    await Promise.race([sql`SELECT 1`.execute(db), timeout]);
    return true;
  } catch {
    return false;
  }
}
