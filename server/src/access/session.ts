import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { Locale, OrganisationKind, Region, Role } from '../../../common/roles.ts';
import type { DB } from '../db/types.ts';
import type { Actor } from './actor.ts';

export const SESSION_COOKIE = 'passend_session';
export const CSRF_COOKIE = 'passend_csrf';
/** last_seen_at is written at most this often per session, to keep reads cheap. */
const TOUCH_INTERVAL_SECONDS = 60;

export const newToken = () => randomBytes(32).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest();

export interface SessionTimeouts {
  idleMinutes: number;
  absoluteHours: number;
}

/** Creates a session with a fresh id; returns the cookie value and its CSRF token. */
export async function createSession(
  db: Kysely<DB>,
  user: { id: string; organisation_id: string },
  meta: { ip: string; userAgent: string },
  t: SessionTimeouts,
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id_hash: sha256(token),
      user_id: user.id,
      organisation_id: user.organisation_id,
      csrf_token: csrfToken,
      expires_at: sql<Date>`now() + make_interval(hours => ${t.absoluteHours})`,
      ip: meta.ip,
      user_agent: meta.userAgent.slice(0, 300),
    })
    .execute();
  return { token, csrfToken };
}

/**
 * The actor behind a session cookie, or undefined when the session does not exist, has
 * been idle too long, has passed its absolute lifetime, or its person is no longer active.
 */
export async function loadActor(db: Kysely<DB>, token: string, t: SessionTimeouts): Promise<Actor | undefined> {
  const idHash = sha256(token);
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      's.id_hash', 's.csrf_token', 'u.id as user_id', 'u.name', 'u.email', 'u.locale', 'u.status',
      'o.id as organisation_id', 'o.name as organisation_name', 'o.kind', 'o.region',
      sql<boolean>`s.expires_at > now() AND s.last_seen_at > now() - make_interval(mins => ${t.idleMinutes})`.as('valid'),
      sql<boolean>`s.last_seen_at < now() - make_interval(secs => ${TOUCH_INTERVAL_SECONDS})`.as('stale_touch'),
    ])
    .where('s.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  if (!row.valid || row.status !== 'active') {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  if (row.stale_touch) {
    await db.updateTable('sessions').set({ last_seen_at: sql<Date>`now()` }).where('id_hash', '=', idHash).execute();
  }
  const roles = await db
    .selectFrom('user_roles')
    .select(['role', 'branch_id'])
    .where('user_id', '=', row.user_id)
    .execute();
  return {
    userId: row.user_id,
    name: row.name,
    email: row.email,
    locale: row.locale as Locale,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationKind: row.kind as OrganisationKind,
    region: row.region as Region,
    roles: [...new Set(roles.map((r) => r.role as Role))],
    branchIds: roles.flatMap((r) => (r.branch_id ? [r.branch_id] : [])),
    sessionIdHash: row.id_hash,
    csrfToken: row.csrf_token,
  };
}

export async function destroySession(db: Kysely<DB>, idHash: Buffer): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a person: on deactivation and after a password change or reset. */
export async function destroyUserSessions(db: Kysely<DB>, userId: string, except?: Buffer): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (except) q = q.where('id_hash', '!=', except);
  await q.execute();
}

export async function purgeExpiredSessions(db: Kysely<DB>, t: SessionTimeouts): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('expires_at', '<', sql<Date>`now()`),
        eb('last_seen_at', '<', sql<Date>`now() - make_interval(mins => ${t.idleMinutes})`),
      ]),
    )
    .execute();
}
