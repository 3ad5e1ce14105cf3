import { sql, type Kysely, type Transaction } from 'kysely';
import type { AvailabilityInput, CapacityProfileInput } from '../../../../common/schemas/capacity.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/**
 * Queries of the capacity profile and the availability. Callers pass the organisation and
 * client of a grant that readClient or writeClient gave them: these functions decide nothing.
 */

const versionColumns = [
  'v.number', 'v.assessed_on', 'v.scores', 'v.notes', 'v.gap_closers', 'v.other_notes', 'v.starr', 'v.saved_at', 'u.id as by_id', 'u.name as by_name',
] as const;

function versions(db: Q, organisationId: string, clientId: string) {
  return db
    .selectFrom('capacity_profile_versions as v')
    .innerJoin('users as u', 'u.id', 'v.saved_by')
    .where('v.organisation_id', '=', organisationId)
    .where('v.client_id', '=', clientId);
}

export type CapacityVersionRow = NonNullable<Awaited<ReturnType<typeof currentCapacity>>>;

/** The newest version (the current profile), or undefined when none was saved. */
export async function currentCapacity(db: Q, organisationId: string, clientId: string) {
  return versions(db, organisationId, clientId).select(versionColumns).orderBy('v.number', 'desc').limit(1).executeTakeFirst();
}

export async function capacityVersion(db: Q, organisationId: string, clientId: string, number: number) {
  return versions(db, organisationId, clientId).select(versionColumns).where('v.number', '=', number).executeTakeFirst();
}

/** Every version, newest first, with how many items it scored. */
export async function listCapacityVersions(db: Q, organisationId: string, clientId: string) {
  return versions(db, organisationId, clientId)
    .select(['v.number', 'v.assessed_on', 'v.saved_at', 'u.id as by_id', 'u.name as by_name'])
    .select(sql<number>`(SELECT count(*) FROM jsonb_object_keys(v.scores))::int`.as('scored'))
    .orderBy('v.number', 'desc')
    .execute();
}

/**
 * Adds version `expected + 1` when `expected` is the newest number (0: none yet); answers the
 * new number, or undefined when another save came first. Two saves on the same version both
 * pass the check, but the unique (client, number) makes the second one insert nothing.
 */
export async function saveCapacity(
  trx: Transaction<DB>, organisationId: string, clientId: string, expected: number, userId: string, p: CapacityProfileInput,
): Promise<number | undefined> {
  const notes = Object.fromEntries(Object.entries(p.notes).filter(([, note]) => note !== ''));
  const { rows: [row] } = await sql<{ number: number }>`
    INSERT INTO capacity_profile_versions
      (organisation_id, client_id, number, assessed_on, scores, notes, gap_closers, other_notes, starr, saved_by, saved_at)
    SELECT ${organisationId}, ${clientId}, ${expected + 1}, ${p.assessedOn}::date, ${JSON.stringify(p.scores)}::jsonb, ${JSON.stringify(notes)}::jsonb,
      ${JSON.stringify(p.gapClosers)}::jsonb, ${p.otherNotes}, ${JSON.stringify(p.starr)}::jsonb, ${userId}, now()
    WHERE (SELECT coalesce(max(number), 0) FROM capacity_profile_versions WHERE client_id = ${clientId}) = ${expected}
    ON CONFLICT (client_id, number) DO NOTHING
    RETURNING number`.execute(trx);
  return row?.number;
}

export type AvailabilityRow = NonNullable<Awaited<ReturnType<typeof getAvailability>>>;

export async function getAvailability(db: Q, organisationId: string, clientId: string) {
  return db
    .selectFrom('client_availability as a')
    .innerJoin('users as u', 'u.id', 'a.updated_by')
    .selectAll('a')
    .select(['u.name as by_name'])
    .where('a.organisation_id', '=', organisationId)
    .where('a.client_id', '=', clientId)
    .executeTakeFirst();
}

/** Saves when `expected` is the current version (0: none yet); answers the new one or undefined. */
export async function saveAvailability(
  trx: Transaction<DB>, organisationId: string, clientId: string, expected: number, userId: string, a: AvailabilityInput,
): Promise<number | undefined> {
  const values = {
    max_hours_per_week: a.maxHoursPerWeek, days: a.days, shifts: a.shifts, contracts: a.contracts,
    excluded_environment: a.excludedEnvironment, preferred_environment: a.preferredEnvironment, note: a.note,
    updated_by: userId, updated_at: new Date(),
  };
  const row = expected === 0
    ? await trx.insertInto('client_availability').values({ organisation_id: organisationId, client_id: clientId, ...values })
      .onConflict((oc) => oc.column('client_id').doNothing()).returning('version').executeTakeFirst()
    : await trx.updateTable('client_availability').set({ ...values, version: sql<number>`version + 1` })
      .where('organisation_id', '=', organisationId).where('client_id', '=', clientId).where('version', '=', expected)
      .returning('version').executeTakeFirst();
  return row?.version;
}

/**
 * Where the client lives and how far they would travel: the postcode of the dossier, the
 * region of the coaching organisation (for the geocoding table) and the maximum distance of
 * the current vocational profile (aspirations.maxTravelKm), null when not stated.
 */
export async function homeAndTravel(db: Q, organisationId: string, clientId: string) {
  const row = await db
    .selectFrom('clients as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('vocational_profiles as p', 'p.client_id', 'c.id')
    .leftJoin('vocational_profile_versions as pv', (j) => j.onRef('pv.client_id', '=', 'p.client_id').onRef('pv.version', '=', 'p.version'))
    .select(['c.postcode', 'o.region'])
    .select(sql<number | null>`(pv.content #>> '{aspirations,maxTravelKm}')::float8`.as('max_travel_km'))
    .where('c.organisation_id', '=', organisationId)
    .where('c.id', '=', clientId)
    .executeTakeFirstOrThrow();
  return { postcode: row.postcode, region: row.region, maxTravelKm: row.max_travel_km };
}
