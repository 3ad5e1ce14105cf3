import { sql, type Kysely, type Transaction } from 'kysely';
import type { BenefitsSection, HealthSection, ProfileSections } from '../../../../common/schemas/vocational-profile.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The data categories of the profile, each in its own table. */
export type ProfileCategory = 'vocational_profile' | 'health' | 'benefits';

export interface ProfileParts {
  profile?: ProfileSections;
  health?: HealthSection;
  benefits?: BenefitsSection;
}

/**
 * Only the caller's grant says which categories these functions may read: the health and
 * benefits tables are not queried at all for a caller without them.
 */
export async function profileHead(db: Q, organisationId: string, clientId: string) {
  return db
    .selectFrom('vocational_profiles as p')
    .innerJoin('users as u', 'u.id', 'p.updated_by')
    .select(['p.version', 'p.updated_at', 'u.id as by_id', 'u.name as by_name'])
    .where('p.organisation_id', '=', organisationId)
    .where('p.client_id', '=', clientId)
    .executeTakeFirst();
}

/** One saved version with the parts of the given categories; undefined when there is none. */
export async function profileVersion(db: Q, organisationId: string, clientId: string, version: number, categories: ReadonlySet<ProfileCategory>) {
  const row = await db
    .selectFrom('vocational_profile_versions as v')
    .innerJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.saved_at', 'v.content', 'u.id as by_id', 'u.name as by_name'])
    .where('v.organisation_id', '=', organisationId)
    .where('v.client_id', '=', clientId)
    .where('v.version', '=', version)
    .executeTakeFirst();
  if (!row) return undefined;
  const parts: ProfileParts = {};
  if (categories.has('vocational_profile')) parts.profile = row.content as ProfileSections;
  if (categories.has('health')) parts.health = (await part(db, 'vocational_profile_health_versions', clientId, version)) as HealthSection;
  if (categories.has('benefits')) parts.benefits = (await part(db, 'vocational_profile_benefit_versions', clientId, version)) as BenefitsSection;
  return { version: row.version, savedAt: row.saved_at, savedBy: { id: row.by_id, name: row.by_name }, parts };
}

async function part(db: Q, table: 'vocational_profile_health_versions' | 'vocational_profile_benefit_versions', clientId: string, version: number) {
  const row = await db.selectFrom(table).select('content').where('client_id', '=', clientId).where('version', '=', version).executeTakeFirstOrThrow();
  return row.content;
}

export async function listProfileVersions(db: Q, organisationId: string, clientId: string) {
  return db
    .selectFrom('vocational_profile_versions as v')
    .innerJoin('users as u', 'u.id', 'v.saved_by')
    .select(['v.version', 'v.saved_at', 'u.id as by_id', 'u.name as by_name'])
    .where('v.organisation_id', '=', organisationId)
    .where('v.client_id', '=', clientId)
    .orderBy('v.version', 'desc')
    .execute();
}

/**
 * Saves a full new version when `expected` is the current one (0: none saved yet); answers the
 * new version number, or undefined when another save came first.
 */
export async function saveProfile(
  trx: Transaction<DB>,
  organisationId: string,
  clientId: string,
  expected: number,
  userId: string,
  content: Required<ProfileParts>,
): Promise<number | undefined> {
  const head = expected === 0
    ? await trx
      .insertInto('vocational_profiles')
      .values({ organisation_id: organisationId, client_id: clientId, version: 1, updated_by: userId, updated_at: new Date() })
      .onConflict((oc) => oc.column('client_id').doNothing())
      .returning('version')
      .executeTakeFirst()
    : await trx
      .updateTable('vocational_profiles')
      .set({ version: sql<number>`version + 1`, updated_by: userId, updated_at: new Date() })
      .where('organisation_id', '=', organisationId)
      .where('client_id', '=', clientId)
      .where('version', '=', expected)
      .returning('version')
      .executeTakeFirst();
  if (!head) return undefined;
  const key = { organisation_id: organisationId, client_id: clientId, version: head.version };
  await trx.insertInto('vocational_profile_versions').values({ ...key, saved_by: userId, saved_at: new Date(), content: JSON.stringify(content.profile) }).execute();
  await trx.insertInto('vocational_profile_health_versions').values({ ...key, content: JSON.stringify(content.health) }).execute();
  await trx.insertInto('vocational_profile_benefit_versions').values({ ...key, content: JSON.stringify(content.benefits) }).execute();
  return head.version;
}
