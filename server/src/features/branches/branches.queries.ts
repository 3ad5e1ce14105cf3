import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
const columns = ['id', 'name', 'address', 'active', 'version'] as const;

export async function listBranches(db: Q, organisationId: string) {
  return db.selectFrom('branches').select(columns).where('organisation_id', '=', organisationId).orderBy('name').execute();
}

export async function getBranch(db: Q, organisationId: string, id: string) {
  return db.selectFrom('branches').select(columns).where('organisation_id', '=', organisationId).where('id', '=', id).executeTakeFirst();
}

/** Compares with PostgreSQL's lower(), as the unique index does: JavaScript's differs beyond ASCII. */
export async function nameTaken(db: Q, organisationId: string, name: string, exceptId?: string): Promise<boolean> {
  let q = db.selectFrom('branches').select('id').where('organisation_id', '=', organisationId).where(sql`lower(name)`, '=', sql<string>`lower(${name})`);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function insertBranch(db: Q, organisationId: string, b: { name: string; address: string; active: boolean }) {
  return db.insertInto('branches').values({ organisation_id: organisationId, ...b }).returning(columns).executeTakeFirstOrThrow();
}

/** Updates when `version` is current; undefined when stale or not in the organisation. */
export async function updateBranch(db: Q, organisationId: string, id: string, version: number, b: { name: string; address: string; active: boolean }) {
  return db
    .updateTable('branches')
    .set({ ...b, version: sql<number>`version + 1` })
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
}
