import { sql, type Kysely, type Transaction } from 'kysely';
import type { RoleAssignment } from '../../../../common/schemas/admin.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

const rolesJson = sql<{ role: string; branchId: string | null }[]>`coalesce(
  (SELECT json_agg(json_build_object('role', r.role, 'branchId', r.branch_id) ORDER BY r.role)
     FROM user_roles r WHERE r.user_id = u.id), '[]'::json)`;

/** People of one organisation, with their roles. */
export async function listUsers(db: Q, organisationId: string) {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email', 'u.status', 'u.created_at', 'u.version', rolesJson.as('roles')])
    .where('u.organisation_id', '=', organisationId)
    .orderBy('u.name')
    .execute();
}

/** One person of the organisation, or undefined: another organisation's person is not found. */
export async function getUser(db: Q, organisationId: string, id: string, forUpdate = false) {
  let q = db
    .selectFrom('users as u')
    .select(['u.id', 'u.name', 'u.email', 'u.status', 'u.created_at', 'u.version', 'u.locale', rolesJson.as('roles'),
      sql<boolean>`u.password_hash IS NOT NULL`.as('has_password')])
    .where('u.organisation_id', '=', organisationId)
    .where('u.id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

export async function emailExists(db: Q, email: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;
}

export async function insertInvitedUser(db: Q, organisationId: string, u: { email: string; name: string; locale: 'nl-BE' | 'nl-NL' | 'en' }) {
  return db
    .insertInto('users')
    .values({ organisation_id: organisationId, email: u.email, name: u.name, locale: u.locale, password_hash: null, status: 'invited' })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function replaceRoles(db: Q, organisationId: string, userId: string, roles: RoleAssignment[]): Promise<void> {
  await db.deleteFrom('user_roles').where('organisation_id', '=', organisationId).where('user_id', '=', userId).execute();
  await db
    .insertInto('user_roles')
    .values(roles.map((r) => ({ organisation_id: organisationId, user_id: userId, role: r.role, branch_id: r.branchId })))
    .execute();
}

export async function bumpVersion(db: Q, organisationId: string, userId: string, version: number, status?: 'active' | 'deactivated' | 'invited') {
  return db
    .updateTable('users')
    .set({ version: sql<number>`version + 1`, ...(status ? { status } : {}) })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', userId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
}

/**
 * Serialises changes to who administers an organisation: two admins removing each other at
 * the same moment must not leave it with none.
 */
export async function lockOrganisation(db: Q, organisationId: string): Promise<void> {
  await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute();
}

/** Active administrators of the organisation other than `exceptUserId`. */
export async function otherActiveAdmins(db: Q, organisationId: string, exceptUserId: string): Promise<number> {
  const row = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .select(sql<number>`count(DISTINCT u.id)::int`.as('n'))
    .where('r.organisation_id', '=', organisationId)
    .where('r.role', '=', 'org_admin')
    .where('u.status', '=', 'active')
    .where('u.id', '!=', exceptUserId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function branchesExist(db: Q, organisationId: string, ids: string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const rows = await db.selectFrom('branches').select('id').where('organisation_id', '=', organisationId).where('id', 'in', ids).execute();
  return rows.length === new Set(ids).size;
}

/** Active colleagues other than clients: the team on the home page. */
export async function listColleagues(db: Q, organisationId: string) {
  return db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.email', sql<string[]>`array_agg(DISTINCT r.role ORDER BY r.role)`.as('roles')])
    .where('u.organisation_id', '=', organisationId)
    .where('u.status', '=', 'active')
    .groupBy(['u.id', 'u.name', 'u.email'])
    .having(sql<boolean>`bool_or(r.role <> 'client')`)
    .orderBy('u.name')
    .execute();
}
