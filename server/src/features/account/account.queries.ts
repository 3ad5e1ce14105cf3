import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

export async function getAccount(db: Q, userId: string) {
  return db.selectFrom('users').select(['id', 'name', 'email', 'locale', 'password_hash', 'version']).where('id', '=', userId).executeTakeFirstOrThrow();
}

/** Updates name/locale when `version` is current; returns undefined when it was stale. */
export async function updateAccount(db: Q, userId: string, version: number, patch: { name?: string; locale?: 'nl-BE' | 'nl-NL' | 'en' }) {
  return db
    .updateTable('users')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', userId)
    .where('version', '=', version)
    .returning(['id', 'version'])
    .executeTakeFirst();
}
