import { sql, type Kysely, type Transaction } from 'kysely';
import type { ClientIdentity } from '../../../../common/schemas/clients.ts';
import type { z } from 'zod';
import type { ClientIdentityInput } from '../../../../common/schemas/clients.ts';
import type { ConsentPurpose } from '../../../../common/consent.ts';
import type { Actor } from '../../access/actor.ts';
import { visibleClients } from '../../access/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
type IdentityValues = z.output<typeof ClientIdentityInput>;

/**
 * The caller's caseload: `visibleClients` decides who is in it. Each row says whether the
 * caller is the client or one of their coaches, so only the other rows need a grant.
 */
export async function listVisibleClients(db: Q, actor: Actor, purpose?: ConsentPurpose) {
  return db
    .selectFrom('clients')
    .select((eb) => [
      'clients.id',
      'clients.given_name',
      'clients.family_name',
      eb('clients.user_id', '=', actor.userId).as('is_self'),
      eb.exists(eb.selectFrom('client_assignments as ca').select(sql`1`.as('x')).whereRef('ca.client_id', '=', 'clients.id').where('ca.user_id', '=', actor.userId)).as('is_coach'),
      eb.selectFrom('trajectories as t').select('t.phase').whereRef('t.client_id', '=', 'clients.id').orderBy('t.opened_at', 'desc').limit(1).as('phase'),
      eb.selectFrom('trajectories as t').select('t.status').whereRef('t.client_id', '=', 'clients.id').orderBy('t.opened_at', 'desc').limit(1).as('status'),
    ])
    .where(visibleClients(actor, purpose))
    .orderBy('clients.family_name')
    .orderBy('clients.given_name')
    .orderBy('clients.id')
    .execute();
}

const identityColumns = [
  'id', 'salutation', 'given_name', 'family_name', 'birth_date', 'national_id_kind', 'national_id', 'address', 'postcode', 'city',
  'phone_home', 'phone_mobile', 'email', 'next_of_kin', 'emergency_phone', 'professional_network', 'religion_culture', 'referrer', 'version',
] as const;

export type IdentityRow = NonNullable<Awaited<ReturnType<typeof getIdentity>>>;

export async function getIdentity(db: Q, clientId: string) {
  return db.selectFrom('clients').select(identityColumns).where('id', '=', clientId).executeTakeFirst();
}

export function toIdentity(r: IdentityRow): ClientIdentity {
  return {
    salutation: r.salutation, givenName: r.given_name, familyName: r.family_name, birthDate: r.birth_date,
    nationalId: r.national_id_kind && r.national_id ? { kind: r.national_id_kind, value: r.national_id } : null,
    address: r.address, postcode: r.postcode, city: r.city, phoneHome: r.phone_home, phoneMobile: r.phone_mobile, email: r.email,
    nextOfKin: r.next_of_kin as Record<string, string>, emergencyPhone: r.emergency_phone,
    professionalNetwork: r.professional_network as Record<string, string>, religionCulture: r.religion_culture, referrer: r.referrer,
  };
}

function identityValues(i: IdentityValues) {
  return {
    salutation: i.salutation, given_name: i.givenName, family_name: i.familyName, birth_date: i.birthDate,
    national_id_kind: i.nationalId?.kind ?? null, national_id: i.nationalId?.value ?? null,
    address: i.address, postcode: i.postcode, city: i.city, phone_home: i.phoneHome, phone_mobile: i.phoneMobile, email: i.email,
    next_of_kin: JSON.stringify(i.nextOfKin), emergency_phone: i.emergencyPhone, professional_network: JSON.stringify(i.professionalNetwork),
    religion_culture: i.religionCulture, referrer: i.referrer,
  };
}

/**
 * A new client in the coach's organisation: the coach becomes responsible, and a trajectory
 * opens in phase 1 (klantbetrokkenheid) with its 'opened' event.
 */
export async function insertClient(trx: Transaction<DB>, organisationId: string, coachUserId: string, identity: IdentityValues) {
  const client = await trx.insertInto('clients').values({ organisation_id: organisationId, ...identityValues(identity) }).returning(['id', 'version']).executeTakeFirstOrThrow();
  await trx.insertInto('client_assignments').values({ organisation_id: organisationId, client_id: client.id, user_id: coachUserId, kind: 'responsible' }).execute();
  const trajectory = await trx.insertInto('trajectories').values({ organisation_id: organisationId, client_id: client.id, phase: 1 }).returning('id').executeTakeFirstOrThrow();
  await trx.insertInto('trajectory_events')
    .values({ organisation_id: organisationId, trajectory_id: trajectory.id, kind: 'opened', to_phase: 1, by_user_id: coachUserId })
    .execute();
  return { ...client, trajectoryId: trajectory.id };
}

/** Updates when `version` is current; undefined when stale. */
export async function updateIdentity(trx: Transaction<DB>, clientId: string, version: number, identity: IdentityValues) {
  return trx
    .updateTable('clients')
    .set({ ...identityValues(identity), version: sql<number>`version + 1` })
    .where('id', '=', clientId)
    .where('version', '=', version)
    .returning(identityColumns)
    .executeTakeFirst();
}

export async function bumpClientVersion(trx: Transaction<DB>, clientId: string, version: number) {
  const row = await trx.updateTable('clients').set({ version: sql<number>`version + 1` }).where('id', '=', clientId).where('version', '=', version).returning('version').executeTakeFirst();
  return row?.version;
}

export async function clientVersion(db: Q, clientId: string): Promise<number> {
  const row = await db.selectFrom('clients').select('version').where('id', '=', clientId).executeTakeFirstOrThrow();
  return row.version;
}

export async function listCoaches(db: Q, clientId: string) {
  const rows = await db
    .selectFrom('client_assignments as ca')
    .innerJoin('users as u', 'u.id', 'ca.user_id')
    .select(['ca.user_id', 'u.name', 'ca.kind'])
    .where('ca.client_id', '=', clientId)
    .orderBy(sql`ca.kind = 'responsible'`, 'desc')
    .orderBy('u.name')
    .execute();
  return rows.map((r) => ({ userId: r.user_id, name: r.name, kind: r.kind }));
}

/** Of `userIds`, those who are active coaches (or team leads) of the organisation. */
export async function coachesAmong(db: Q, organisationId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select('u.id')
    .distinct()
    .where('u.organisation_id', '=', organisationId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', ['coach', 'team_lead'])
    .where('u.id', 'in', [...userIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function replaceAssignments(trx: Transaction<DB>, organisationId: string, clientId: string, responsible: string, coCoaches: readonly string[]) {
  await trx.deleteFrom('client_assignments').where('client_id', '=', clientId).execute();
  await trx
    .insertInto('client_assignments')
    .values([
      { organisation_id: organisationId, client_id: clientId, user_id: responsible, kind: 'responsible' as const },
      ...coCoaches.map((user_id) => ({ organisation_id: organisationId, client_id: clientId, user_id, kind: 'co_coach' as const })),
    ])
    .execute();
}

export async function isResponsibleCoach(db: Q, clientId: string, userId: string): Promise<boolean> {
  const row = await db.selectFrom('client_assignments').select('kind').where('client_id', '=', clientId).where('user_id', '=', userId).executeTakeFirst();
  return row?.kind === 'responsible';
}

/** The client's own account, if they have one. */
export async function portalAccountOf(db: Q, clientId: string) {
  const row = await db
    .selectFrom('clients as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select(['u.id', 'u.email', 'u.name', 'u.locale', 'u.status'])
    .where('c.id', '=', clientId)
    .executeTakeFirst();
  return row ?? null;
}

/** Locks the client row, so two invitations for one client take turns; undefined when it is gone. */
export async function lockClient(trx: Transaction<DB>, clientId: string) {
  return trx.selectFrom('clients').select(['id', 'user_id', 'given_name', 'family_name', 'version']).where('id', '=', clientId).forUpdate().executeTakeFirst();
}

export async function linkClientAccount(trx: Transaction<DB>, clientId: string, userId: string): Promise<void> {
  await trx.updateTable('clients').set({ user_id: userId }).where('id', '=', clientId).where('user_id', 'is', null).executeTakeFirstOrThrow();
}
