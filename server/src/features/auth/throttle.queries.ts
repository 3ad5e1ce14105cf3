import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/types.ts';

/** Failed sign-ins allowed per account within one window before it is held back. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/** Failed sign-ins allowed per address within one window (shared offices, NAT). */
export const MAX_FAILURES_PER_ADDRESS = 30;
export const THROTTLE_WINDOW_MINUTES = 15;

const keys = (email: string, ip: string) => [`account:${email}`, `ip:${ip}`] as const;

/** Seconds until sign-in may be tried again, or 0 when it may be tried now. */
export async function throttledFor(db: Kysely<DB>, email: string, ip: string): Promise<number> {
  const [account, address] = keys(email, ip);
  const rows = await db
    .selectFrom('auth_throttle')
    .select([
      'key',
      'failures',
      sql<number>`ceil(extract(epoch from (window_start + make_interval(mins => ${THROTTLE_WINDOW_MINUTES}) - now())))::int`.as('remaining'),
    ])
    .where('key', 'in', [account, address])
    .execute();
  let wait = 0;
  for (const r of rows) {
    const limit = r.key === account ? MAX_FAILURES_PER_ACCOUNT : MAX_FAILURES_PER_ADDRESS;
    if (r.remaining > 0 && r.failures >= limit) wait = Math.max(wait, r.remaining);
  }
  return wait;
}

/** Counts a failed attempt against the account and the address, starting a new window when the old one has passed. */
export async function recordFailure(db: Kysely<DB>, email: string, ip: string): Promise<void> {
  for (const key of keys(email, ip)) {
    await sql`
      INSERT INTO auth_throttle (key, window_start, failures) VALUES (${key}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN auth_throttle.window_start < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN 1 ELSE auth_throttle.failures + 1 END,
        window_start = CASE WHEN auth_throttle.window_start < now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})
                        THEN now() ELSE auth_throttle.window_start END`.execute(db);
  }
}

export async function clearAccountFailures(db: Kysely<DB>, email: string): Promise<void> {
  await db.deleteFrom('auth_throttle').where('key', '=', `account:${email}`).execute();
}

export async function purgeOldThrottles(db: Kysely<DB>): Promise<void> {
  await db
    .deleteFrom('auth_throttle')
    .where('window_start', '<', sql<Date>`now() - make_interval(mins => ${THROTTLE_WINDOW_MINUTES})`)
    .execute();
}
