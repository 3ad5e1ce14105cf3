import { sql, type ExpressionBuilder, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { EmployerApproachInput, EmployerContactInput, EmployerInput, EmployerSiteInput } from '../../../../common/schemas/employers.ts';
import type { Actor } from '../../access/actor.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
export type Relation = 'keeper' | 'linked';

/**
 * Which employer records the actor reads: those their own organisation keeps; for HR officers
 * of an employer organisation, also the records other organisations keep that are linked to it.
 */
const readable = (actor: Actor) => (eb: ExpressionBuilder<DB & { e: DB['employers'] }, 'e'>) =>
  actor.organisationKind === 'employer' && actor.roles.includes('hr_officer')
    ? eb.or([eb('e.organisation_id', '=', actor.organisationId), eb('e.linked_organisation_id', '=', actor.organisationId)])
    : eb('e.organisation_id', '=', actor.organisationId);

/** The record as the actor may see it, with how they relate to it; undefined: answer 404. */
export async function findEmployer(db: Q, actor: Actor, id: string): Promise<{ id: string; organisationId: string; relation: Relation } | undefined> {
  const row = await db.selectFrom('employers as e').select(['e.id', 'e.organisation_id']).where('e.id', '=', id).where(readable(actor)).executeTakeFirst();
  return row && { id: row.id, organisationId: row.organisation_id, relation: row.organisation_id === actor.organisationId ? 'keeper' : 'linked' };
}

/** An organisation of kind employer that a record may be linked to. */
export async function isEmployerOrganisation(db: Q, id: string): Promise<boolean> {
  return !!(await db.selectFrom('organisations').select('id').where('id', '=', id).where('kind', '=', 'employer').executeTakeFirst());
}

export async function linkTaken(db: Q, organisationId: string, linkedOrganisationId: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('employers').select('id').where('organisation_id', '=', organisationId).where('linked_organisation_id', '=', linkedOrganisationId);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return !!(await q.executeTakeFirst());
}

// ── list ───────────────────────────────────────────────────────────────────────────────

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

export async function listEmployers(db: Q, actor: Actor, query: { q?: string; due?: 'true' | 'false' }) {
  let q = db
    .selectFrom('employers as e')
    .leftJoinLateral(
      (eb) => eb.selectFrom('employer_approaches as a').select(['a.approached_on', 'a.follow_up_date'])
        .whereRef('a.employer_id', '=', 'e.id').orderBy('a.approached_on', 'desc').orderBy('a.created_at', 'desc').limit(1).as('la'),
      (join) => join.onTrue(),
    )
    .select([
      'e.id', 'e.organisation_id', 'e.name', 'e.sector', 'e.size_class', 'e.linked_organisation_id', 'e.version', 'la.approached_on', 'la.follow_up_date',
      sql<string[]>`coalesce((select array_agg(distinct s.city order by s.city) from employer_sites s where s.employer_id = e.id and s.city <> ''), '{}')`.as('cities'),
      sql<boolean>`coalesce(la.follow_up_date <= current_date, false)`.as('due'),
    ])
    .where(readable(actor));
  if (query.q) {
    const like = `%${escapeLike(query.q)}%`;
    q = q.where((eb) => eb.or([
      eb('e.name', 'ilike', like),
      eb('e.sector', 'ilike', like),
      eb.exists(eb.selectFrom('employer_sites as s').select(sql`1`.as('x')).whereRef('s.employer_id', '=', 'e.id').where('s.city', 'ilike', like)),
    ]));
  }
  if (query.due === 'true') q = q.where('e.organisation_id', '=', actor.organisationId).where(sql<boolean>`la.follow_up_date <= current_date`);
  const rows = await q.orderBy(sql`lower(e.name)`).orderBy('e.id').limit(500).execute();
  return rows.map((r) => {
    const keeper = r.organisation_id === actor.organisationId;
    return {
      id: r.id, name: r.name, sector: r.sector, sizeClass: r.size_class as EmployerSize, cities: r.cities,
      linked: r.linked_organisation_id !== null, relation: (keeper ? 'keeper' : 'linked') as Relation,
      lastApproachOn: keeper ? r.approached_on : null, nextFollowUp: keeper ? r.follow_up_date : null, followUpDue: keeper && r.due,
      version: r.version,
    };
  });
}

type EmployerSize = '1-9' | '10-49' | '50-249' | '250+' | null;

// ── the record ─────────────────────────────────────────────────────────────────────────

/** The full record; the notes and the follow-up only for the keeping organisation. */
export async function getEmployer(db: Q, id: string, relation: Relation) {
  const r = await db
    .selectFrom('employers as e')
    .leftJoin('organisations as o', 'o.id', 'e.linked_organisation_id')
    .select(['e.id', 'e.name', 'e.sector', 'e.size_class', 'e.website', 'e.linked_organisation_id', 'o.name as linked_name', 'e.notes', 'e.created_at', 'e.updated_at', 'e.version'])
    .select((eb) => eb.selectFrom('employer_approaches as a').select('a.follow_up_date').whereRef('a.employer_id', '=', 'e.id')
      .orderBy('a.approached_on', 'desc').orderBy('a.created_at', 'desc').limit(1).as('next_follow_up'))
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: r.id, name: r.name, sector: r.sector, sizeClass: r.size_class as EmployerSize, website: r.website,
    linkedOrganisation: r.linked_organisation_id ? { id: r.linked_organisation_id, name: r.linked_name ?? '' } : null,
    relation,
    ...(relation === 'keeper' ? { notes: r.notes, nextFollowUp: r.next_follow_up ?? null } : {}),
    sites: await listSites(db, id),
    contacts: await listContacts(db, id),
    createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(), version: r.version,
  };
}

type EmployerValues = z.output<typeof EmployerInput>;
const employerValues = (v: EmployerValues) => ({
  name: v.name, sector: v.sector, size_class: v.sizeClass, website: v.website, linked_organisation_id: v.linkedOrganisationId, notes: v.notes,
});

export async function insertEmployer(trx: Transaction<DB>, organisationId: string, v: EmployerValues): Promise<string> {
  const row = await trx.insertInto('employers').values({ organisation_id: organisationId, ...employerValues(v) }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** False when stale (the caller has checked that it exists). */
export async function updateEmployer(trx: Transaction<DB>, organisationId: string, id: string, version: number, v: EmployerValues): Promise<boolean> {
  const res = await trx.updateTable('employers')
    .set({ ...employerValues(v), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('organisation_id', '=', organisationId).where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

// ── sites ──────────────────────────────────────────────────────────────────────────────

const siteColumns = ['id', 'name', 'address', 'postcode', 'city', 'lat', 'lon', 'version'] as const;
type SiteValues = z.output<typeof EmployerSiteInput>;
const siteValues = (v: SiteValues) => ({ name: v.name, address: v.address, postcode: v.postcode, city: v.city, lat: v.lat, lon: v.lon });

export async function listSites(db: Q, employerId: string) {
  return db.selectFrom('employer_sites').select(siteColumns).where('employer_id', '=', employerId).orderBy(sql`lower(name)`).orderBy('id').execute();
}

export async function getSite(db: Q, employerId: string, id: string) {
  return db.selectFrom('employer_sites').select(siteColumns).where('employer_id', '=', employerId).where('id', '=', id).executeTakeFirst();
}

export async function insertSite(trx: Transaction<DB>, organisationId: string, employerId: string, v: SiteValues) {
  return trx.insertInto('employer_sites').values({ organisation_id: organisationId, employer_id: employerId, ...siteValues(v) }).returning(siteColumns).executeTakeFirstOrThrow();
}

export async function updateSite(trx: Transaction<DB>, employerId: string, id: string, version: number, v: SiteValues) {
  return trx.updateTable('employer_sites')
    .set({ ...siteValues(v), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('employer_id', '=', employerId).where('id', '=', id).where('version', '=', version)
    .returning(siteColumns).executeTakeFirst();
}

export async function deleteSite(trx: Transaction<DB>, employerId: string, id: string, version: number): Promise<boolean> {
  const res = await trx.deleteFrom('employer_sites').where('employer_id', '=', employerId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return res.numDeletedRows > 0n;
}

// ── contacts ───────────────────────────────────────────────────────────────────────────

const contactColumns = ['id', 'name', 'job_title', 'phone', 'email', 'decides_on_hiring', 'site_id', 'version'] as const;
type ContactRow = { id: string; name: string; job_title: string; phone: string; email: string; decides_on_hiring: boolean; site_id: string | null; version: number };
const toContact = (r: ContactRow) => ({
  id: r.id, name: r.name, jobTitle: r.job_title, phone: r.phone, email: r.email, decidesOnHiring: r.decides_on_hiring, siteId: r.site_id, version: r.version,
});
type ContactValues = z.output<typeof EmployerContactInput>;
const contactValues = (v: ContactValues) => ({
  name: v.name, job_title: v.jobTitle, phone: v.phone, email: v.email, decides_on_hiring: v.decidesOnHiring, site_id: v.siteId,
});

export async function listContacts(db: Q, employerId: string) {
  const rows = await db.selectFrom('employer_contacts').select(contactColumns).where('employer_id', '=', employerId)
    .orderBy('decides_on_hiring', 'desc').orderBy(sql`lower(name)`).orderBy('id').execute();
  return rows.map(toContact);
}

export async function getContact(db: Q, employerId: string, id: string) {
  const row = await db.selectFrom('employer_contacts').select(contactColumns).where('employer_id', '=', employerId).where('id', '=', id).executeTakeFirst();
  return row && toContact(row);
}

export async function insertContact(trx: Transaction<DB>, organisationId: string, employerId: string, v: ContactValues) {
  return toContact(await trx.insertInto('employer_contacts').values({ organisation_id: organisationId, employer_id: employerId, ...contactValues(v) })
    .returning(contactColumns).executeTakeFirstOrThrow());
}

export async function updateContact(trx: Transaction<DB>, employerId: string, id: string, version: number, v: ContactValues) {
  const row = await trx.updateTable('employer_contacts')
    .set({ ...contactValues(v), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('employer_id', '=', employerId).where('id', '=', id).where('version', '=', version)
    .returning(contactColumns).executeTakeFirst();
  return row && toContact(row);
}

export async function deleteContact(trx: Transaction<DB>, employerId: string, id: string, version: number): Promise<boolean> {
  const res = await trx.deleteFrom('employer_contacts').where('employer_id', '=', employerId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return res.numDeletedRows > 0n;
}

// ── approaches ─────────────────────────────────────────────────────────────────────────

type ApproachValues = z.output<typeof EmployerApproachInput>;
const approachValues = (v: ApproachValues) => ({
  approached_on: v.approachedOn, client_id: v.clientId, information: v.information, method: v.method, purpose: v.purpose,
  meeting_date: v.meetingDate, meeting_contact_id: v.meetingContactId, meeting_with: v.meetingWith, meeting_notes: v.meetingNotes,
  objections: JSON.stringify(v.objections), agreements: [...v.agreements], agreement_notes: v.agreementNotes, follow_up_date: v.followUpDate,
});

const approaches = (db: Q) => db
  .selectFrom('employer_approaches as a')
  .innerJoin('users as u', 'u.id', 'a.created_by')
  .select([
    'a.id', 'a.approached_on', 'a.client_id', 'a.information', 'a.method', 'a.purpose', 'a.meeting_date', 'a.meeting_contact_id', 'a.meeting_with',
    'a.meeting_notes', 'a.objections', 'a.agreements', 'a.agreement_notes', 'a.follow_up_date', 'a.created_by', 'u.name as created_by_name', 'a.created_at', 'a.version',
  ]);
type ApproachRow = Awaited<ReturnType<ReturnType<typeof approaches>['executeTakeFirstOrThrow']>>;
const toApproach = (r: ApproachRow) => ({
  id: r.id, approachedOn: r.approached_on, clientId: r.client_id, information: r.information,
  method: r.method as ApproachValues['method'], purpose: r.purpose,
  meetingDate: r.meeting_date, meetingContactId: r.meeting_contact_id, meetingWith: r.meeting_with, meetingNotes: r.meeting_notes,
  objections: r.objections, agreements: r.agreements as ApproachValues['agreements'], agreementNotes: r.agreement_notes, followUpDate: r.follow_up_date,
  createdBy: { id: r.created_by, name: r.created_by_name }, createdAt: r.created_at.toISOString(), version: r.version,
});

export async function listApproaches(db: Q, employerId: string) {
  const rows = await approaches(db).where('a.employer_id', '=', employerId).orderBy('a.approached_on', 'desc').orderBy('a.created_at', 'desc').execute();
  return rows.map(toApproach);
}

export async function getApproach(db: Q, employerId: string, id: string) {
  const row = await approaches(db).where('a.employer_id', '=', employerId).where('a.id', '=', id).executeTakeFirst();
  return row && toApproach(row);
}

export async function insertApproach(trx: Transaction<DB>, organisationId: string, employerId: string, userId: string, v: ApproachValues): Promise<string> {
  const row = await trx.insertInto('employer_approaches')
    .values({ organisation_id: organisationId, employer_id: employerId, created_by: userId, ...approachValues(v) })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function updateApproach(trx: Transaction<DB>, employerId: string, id: string, version: number, v: ApproachValues): Promise<boolean> {
  const res = await trx.updateTable('employer_approaches')
    .set({ ...approachValues(v), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('employer_id', '=', employerId).where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** A client of the organisation, for an approach made for them. */
export async function clientOf(db: Q, organisationId: string, clientId: string): Promise<boolean> {
  return !!(await db.selectFrom('clients').select('id').where('organisation_id', '=', organisationId).where('id', '=', clientId).executeTakeFirst());
}

/**
 * For an approach made for a client: whether the client has a consent in force for job finding
 * to the employer: to its own Passend organisation when the record is linked to one, else to
 * the employer record itself (a consent that names it as recipient).
 */
export async function jobFindingConsent(db: Q, employerId: string, clientId: string): Promise<boolean> {
  const employer = await db.selectFrom('employers').select(['organisation_id', 'linked_organisation_id']).where('id', '=', employerId).executeTakeFirstOrThrow();
  const linked = employer.linked_organisation_id;
  const consent = await db.selectFrom('consents as c').select('c.id')
    .where('c.client_id', '=', clientId)
    .where((eb) => linked !== null
      ? eb('c.recipient_organisation_id', '=', linked)
      : eb.and([eb('c.organisation_id', '=', employer.organisation_id), eb('c.recipient_employer_id', '=', employerId)]))
    .where('c.purpose', '=', 'job_finding').where('c.withdrawn_at', 'is', null)
    .where(sql<boolean>`c.valid_from <= current_date AND (c.valid_until IS NULL OR c.valid_until >= current_date)`)
    .executeTakeFirst();
  return !!consent;
}
