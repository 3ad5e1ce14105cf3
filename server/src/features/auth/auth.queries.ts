import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';
import { sha256 } from '../../access/session.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Sign-in looks people up across organisations: the email address is the account. */
export async function findUserByEmail(db: Q, email: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.organisation_id', 'u.name', 'u.email', 'u.password_hash', 'u.status', 'u.locale', 'o.name as organisation_name'])
    .where('u.email', '=', email)
    .executeTakeFirst();
}

export async function findUserById(db: Q, id: string) {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setPassword(db: Q, userId: string, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, status: 'active', version: sql<number>`version + 1` })
    .where('id', '=', userId)
    .execute();
}

export async function createAuthToken(
  db: Q,
  t: { token: string; purpose: 'password_reset' | 'invitation'; organisationId: string; userId: string; ttlMinutes: number },
): Promise<void> {
  await db
    .insertInto('auth_tokens')
    .values({
      token_hash: sha256(t.token),
      purpose: t.purpose,
      organisation_id: t.organisationId,
      user_id: t.userId,
      expires_at: sql<Date>`now() + make_interval(mins => ${t.ttlMinutes})`,
    })
    .execute();
}

/** A token that exists, has the purpose, is unused and unexpired; locked when `forUpdate`. */
export async function findUsableToken(db: Q, token: string, purpose: 'password_reset' | 'invitation', forUpdate = false) {
  let q = db
    .selectFrom('auth_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .innerJoin('organisations as o', 'o.id', 't.organisation_id')
    .select(['t.token_hash', 't.user_id', 't.organisation_id', 'u.email', 'u.name', 'u.status', 'o.name as organisation_name'])
    .where('t.token_hash', '=', sha256(token))
    .where('t.purpose', '=', purpose)
    .where('t.used_at', 'is', null)
    .where('t.expires_at', '>', sql<Date>`now()`);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function markTokenUsed(db: Q, tokenHash: Buffer): Promise<void> {
  await db.updateTable('auth_tokens').set({ used_at: sql<Date>`now()` }).where('token_hash', '=', tokenHash).execute();
}

/** Recent reset requests for one account, to keep the reset form from becoming a mail cannon. */
export async function recentResetCount(db: Q, userId: string): Promise<number> {
  const row = await db
    .selectFrom('auth_tokens')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', 'password_reset')
    .where('created_at', '>', sql<Date>`now() - interval '1 hour'`)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Accounts listed on the sign-in page in demo mode. */
export async function listDemoAccounts(db: Q, emails: readonly string[]) {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.email', 'u.name', 'o.name as organisation_name', sql<string[]>`coalesce(array_agg(DISTINCT r.role) FILTER (WHERE r.role IS NOT NULL), '{}')`.as('roles')])
    .where('u.email', 'in', emails)
    .where('u.status', '=', 'active')
    .groupBy(['u.email', 'u.name', 'o.name'])
    .execute();
  return emails.flatMap((e) => rows.filter((r) => r.email === e));
}

/**
 * Ends every unused link of one purpose: after a password change no older reset link works,
 * and a re-sent invitation replaces the earlier one.
 */
export async function revokeTokens(db: Q, userId: string, purpose: 'password_reset' | 'invitation'): Promise<void> {
  await db
    .updateTable('auth_tokens')
    .set({ used_at: sql<Date>`now()` })
    .where('user_id', '=', userId)
    .where('purpose', '=', purpose)
    .where('used_at', 'is', null)
    .execute();
}
