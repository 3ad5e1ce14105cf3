import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

/** Failed sign-ins allowed per account within one window before it is held back. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins allowed per address within one window (shared offices, NAT). */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const THROTTLE_WINDOW_MINUTES = 15;

const keys = (email: string, ip: string) => [`account:${email}`, `ip:${ip}`] as const;

/**
 * Counts this attempt against the account and the address before the password is checked,
 * in one statement per key, so simultaneous attempts cannot slip past the limit. Returns
 * the seconds to wait when a limit is exceeded, else 0. A successful sign-in gives the
 * attempt back (see `forgiveAttempt`), so only failures add up.
 */
export async function reserveAttempt(db: Kysely<DB>, email: string, ip: string): Promise<number> {
  let wait = 0;
  for (const [i, key] of keys(email, ip).entries()) {
    const limit = i === 0 ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    const { rows } = await sql<{ failures: number; remaining: number }>`
      INSERT INTO auth_throttle (key, window_start, failures) VALUES (${key}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN auth_throttle.window_start < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN 1 ELSE auth_throttle.failures + 1 END,
        window_start = CASE WHEN auth_throttle.window_start < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN now() ELSE auth_throttle.window_start END
      RETURNING failures,
        ceil(extract(epoch from (window_start + make_interval(mins => ${THROTTLE_WINDOW_MINUTES}) - now())))::int AS remaining`.execute(db);
    const row = rows[0];
    if (row && row.failures > limit) wait = Math.max(wait, Math.max(row.remaining, 1));
  }
  return wait;
}

/** After a successful sign-in: the account starts afresh and the address gets its attempt back. */
export async function forgiveAttempt(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  const [account, address] = keys(email, ip);
  await db.deleteFrom('auth_throttle').where('key', '=', account).execute();
  await db
    .updateTable('auth_throttle')
    .set({ failures: sql<number>`greatest(failures - 1, 0)` })
    .where('key', '=', address)
    .execute();
}

export async function purgeOldThrottles(db: Kysely<DB>): Promise<void> {
  await db
    .deleteFrom('auth_throttle')
    .where('window_start', '<', sql<Date>`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`)
    .execute();
}
