import { sql, type Kysely, type Transaction } from 'kysely';
import type { ConsentPurpose, DataCategory } from '../../../../common/consent.ts';
import type { Role } from '../../../../common/roles.ts';
import type { Consent, ConsentStatus } from '../../../../common/schemas/consent.ts';
import type { Actor } from '../../access/actor.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** Roles of people who work with a client's data and so can be named as a recipient. */
export const RECIPIENT_ROLES: readonly Role[] = ['coach', 'team_lead', 'hr_officer', 'supervisor', 'intermediary_coach'];

function consentQuery(db: Q) {
  return db
    .selectFrom('consents as c')
    .leftJoin('users as ru', 'ru.id', 'c.recipient_user_id')
    .leftJoin('organisations as ro', (j) => j.on(sql<boolean>`ro.id = coalesce(c.recipient_organisation_id, ru.organisation_id)`))
    .leftJoin('employers as re', (j) => j.onRef('re.organisation_id', '=', 'c.organisation_id').onRef('re.id', '=', 'c.recipient_employer_id'))
    .innerJoin('users as rb', 'rb.id', 'c.recorded_by')
    .leftJoin('users as wb', 'wb.id', 'c.withdrawn_by')
    .select([
      'c.id', 'c.client_id', 'c.recipient_organisation_id', 'c.recipient_user_id', 'c.recipient_employer_id', 'c.categories', 'c.purpose', 'c.valid_from',
      'c.valid_until', 'c.method', 'c.evidence', 'c.recorded_by', 'c.recorded_at', 'c.withdrawn_at', 'c.withdrawn_by',
      'ru.name as recipient_user_name', 'ro.id as recipient_org_id', 'ro.name as recipient_org_name', 'ro.kind as recipient_org_kind',
      're.name as recipient_employer_name', 're.linked_organisation_id as recipient_employer_linked',
      'rb.name as recorded_by_name', 'wb.name as withdrawn_by_name',
      sql<ConsentStatus>`CASE WHEN c.withdrawn_at IS NOT NULL THEN 'withdrawn'
        WHEN c.valid_from > current_date THEN 'not_yet_valid'
        WHEN c.valid_until < current_date THEN 'expired' ELSE 'active' END`.as('status'),
    ]);
}

type ConsentRow = Awaited<ReturnType<ReturnType<typeof consentQuery>['executeTakeFirstOrThrow']>>;

function toConsent(r: ConsentRow): Consent {
  return {
    id: r.id,
    clientId: r.client_id,
    recipient: {
      kind: r.recipient_employer_id ? 'employer' : r.recipient_user_id ? 'person' : 'organisation',
      organisation: r.recipient_org_id && r.recipient_org_name && r.recipient_org_kind
        ? { id: r.recipient_org_id, name: r.recipient_org_name, kind: r.recipient_org_kind }
        : null,
      person: r.recipient_user_id ? { id: r.recipient_user_id, name: r.recipient_user_name ?? '' } : null,
      employer: r.recipient_employer_id
        ? { id: r.recipient_employer_id, name: r.recipient_employer_name ?? '', passendAccount: r.recipient_employer_linked !== null }
        : null,
    },
    categories: r.categories as DataCategory[],
    purpose: r.purpose as ConsentPurpose,
    validFrom: r.valid_from,
    validUntil: r.valid_until,
    method: r.method,
    evidence: r.evidence,
    recordedBy: { id: r.recorded_by, name: r.recorded_by_name },
    recordedAt: r.recorded_at.toISOString(),
    withdrawnAt: r.withdrawn_at ? r.withdrawn_at.toISOString() : null,
    withdrawnBy: r.withdrawn_by ? { id: r.withdrawn_by, name: r.withdrawn_by_name ?? '' } : null,
    status: r.status,
  };
}

/** Every consent of a client, newest first: for the client and their own coaching team. */
export async function listConsents(db: Q, clientId: string): Promise<Consent[]> {
  const rows = await consentQuery(db).where('c.client_id', '=', clientId).orderBy('c.recorded_at', 'desc').orderBy('c.id').execute();
  return rows.map(toConsent);
}

/** The consents in force today that name this recipient (their organisation or them) for one purpose. */
export async function listConsentsGivenTo(db: Q, clientId: string, actor: Actor, purpose: ConsentPurpose): Promise<Consent[]> {
  const rows = await consentQuery(db)
    .where('c.client_id', '=', clientId)
    .where('c.purpose', '=', purpose)
    .where('c.withdrawn_at', 'is', null)
    .where(sql<boolean>`c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)`)
    .where((eb) => eb.or([eb('c.recipient_organisation_id', '=', actor.organisationId), eb('c.recipient_user_id', '=', actor.userId)]))
    .orderBy('c.recorded_at', 'desc')
    .orderBy('c.id')
    .execute();
  return rows.map(toConsent);
}

export async function getConsent(db: Q, clientId: string, consentId: string): Promise<Consent | undefined> {
  const row = await consentQuery(db).where('c.client_id', '=', clientId).where('c.id', '=', consentId).executeTakeFirst();
  return row ? toConsent(row) : undefined;
}

/**
 * Who may be named as recipient by a client of `ownOrganisationId`: every other organisation
 * on the platform, with its active people who work with client data; and the employer records
 * the organisation keeps that have no Passend organisation of their own.
 */
export async function listRecipients(db: Q, ownOrganisationId: string) {
  const orgs = await db.selectFrom('organisations').select(['id', 'name', 'kind']).where('id', '!=', ownOrganisationId).orderBy('name').orderBy('id').execute();
  const people = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.name', 'u.organisation_id', sql<Role[]>`array_agg(DISTINCT r.role ORDER BY r.role)`.as('roles')])
    .where('u.organisation_id', '!=', ownOrganisationId)
    .where('u.status', '=', 'active')
    .where('r.role', 'in', RECIPIENT_ROLES)
    .groupBy(['u.id', 'u.name', 'u.organisation_id'])
    .orderBy('u.name')
    .orderBy('u.id')
    .execute();
  const employers = await db.selectFrom('employers').select(['id', 'name'])
    .where('organisation_id', '=', ownOrganisationId).where('linked_organisation_id', 'is', null)
    .orderBy(sql`lower(name)`).orderBy('id').execute();
  return {
    items: orgs.map((o) => ({
      ...o,
      people: people.filter((p) => p.organisation_id === o.id).map((p) => ({ id: p.id, name: p.name, roles: p.roles })),
    })),
    employers,
  };
}

/**
 * Whether an employer record may be named as recipient by a client of `ownOrganisationId`:
 * 'ok' when the organisation keeps it and it has no Passend organisation; 'linked' when it
 * has one (name that organisation instead); undefined when it is not the organisation's.
 */
export async function recipientEmployer(db: Q, ownOrganisationId: string, employerId: string): Promise<'ok' | 'linked' | undefined> {
  const employer = await db.selectFrom('employers').select('linked_organisation_id')
    .where('organisation_id', '=', ownOrganisationId).where('id', '=', employerId).executeTakeFirst();
  if (!employer) return undefined;
  return employer.linked_organisation_id === null ? 'ok' : 'linked';
}

/** The recipient's organisation when it may receive data from a client of `ownOrganisationId`. */
export async function recipientOrganisation(db: Q, ownOrganisationId: string, r: { organisationId?: string; userId?: string }): Promise<string | undefined> {
  if (r.organisationId) {
    const org = await db.selectFrom('organisations').select('id').where('id', '=', r.organisationId).where('id', '!=', ownOrganisationId).executeTakeFirst();
    return org?.id;
  }
  if (!r.userId) return undefined;
  const person = await db
    .selectFrom('users as u')
    .select('u.organisation_id')
    .where('u.id', '=', r.userId)
    .where('u.organisation_id', '!=', ownOrganisationId)
    .where('u.status', '=', 'active')
    .where((eb) => eb.exists(eb.selectFrom('user_roles as r').select(sql`1`.as('x')).whereRef('r.user_id', '=', 'u.id').where('r.role', 'in', RECIPIENT_ROLES)))
    .executeTakeFirst();
  return person?.organisation_id;
}

export interface NewConsent {
  organisationId: string;
  clientId: string;
  recipientOrganisationId: string | null;
  recipientUserId: string | null;
  recipientEmployerId: string | null;
  categories: DataCategory[];
  purpose: ConsentPurpose;
  validFrom: string | undefined;
  validUntil: string | null;
  method: 'written' | 'verbal' | 'portal';
  evidence: string;
  recordedBy: string;
}

export async function insertConsent(db: Q, c: NewConsent): Promise<string> {
  const row = await db
    .insertInto('consents')
    .values({
      organisation_id: c.organisationId,
      client_id: c.clientId,
      recipient_organisation_id: c.recipientOrganisationId,
      recipient_user_id: c.recipientUserId,
      recipient_employer_id: c.recipientEmployerId,
      categories: c.categories,
      purpose: c.purpose,
      valid_from: c.validFrom ?? sql<string>`current_date`,
      valid_until: c.validUntil,
      method: c.method,
      evidence: c.evidence,
      recorded_by: c.recordedBy,
      recorded_at: sql<Date>`now()`,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Withdraws a consent that is not withdrawn yet; false when it already was (or is not this client's). */
export async function withdrawConsent(db: Q, clientId: string, consentId: string, byUserId: string): Promise<boolean> {
  const row = await db
    .updateTable('consents')
    .set({ withdrawn_at: sql<Date>`now()`, withdrawn_by: byUserId })
    .where('client_id', '=', clientId)
    .where('id', '=', consentId)
    .where('withdrawn_at', 'is', null)
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}
