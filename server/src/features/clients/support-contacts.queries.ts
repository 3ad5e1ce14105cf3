import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { SupportContactInput } from '../../../../common/schemas/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;
type Values = z.output<typeof SupportContactInput>;

const columns = ['id', 'name', 'relation', 'organisation', 'phone', 'email', 'contact_allowed', 'version'] as const;
type Row = { id: string; name: string; relation: string; organisation: string; phone: string; email: string; contact_allowed: boolean; version: number };

export const toSupportContact = (r: Row) => ({
  id: r.id, name: r.name, relation: r.relation, organisation: r.organisation, phone: r.phone, email: r.email, contactAllowed: r.contact_allowed, version: r.version,
});

const values = (v: Values) => ({ name: v.name, relation: v.relation, organisation: v.organisation, phone: v.phone, email: v.email, contact_allowed: v.contactAllowed });

export async function listSupportContacts(db: Q, clientId: string) {
  const rows = await db.selectFrom('support_contacts').select(columns).where('client_id', '=', clientId).orderBy('name').orderBy('id').execute();
  return rows.map(toSupportContact);
}

export async function getSupportContact(db: Q, clientId: string, id: string) {
  const row = await db.selectFrom('support_contacts').select(columns).where('client_id', '=', clientId).where('id', '=', id).executeTakeFirst();
  return row && toSupportContact(row);
}

export async function insertSupportContact(trx: Transaction<DB>, organisationId: string, clientId: string, v: Values) {
  return toSupportContact(await trx.insertInto('support_contacts').values({ organisation_id: organisationId, client_id: clientId, ...values(v) }).returning(columns).executeTakeFirstOrThrow());
}

/** Undefined when stale (the caller has checked that it exists). */
export async function updateSupportContact(trx: Transaction<DB>, clientId: string, id: string, version: number, v: Values) {
  const row = await trx
    .updateTable('support_contacts')
    .set({ ...values(v), version: sql<number>`version + 1` })
    .where('client_id', '=', clientId).where('id', '=', id).where('version', '=', version)
    .returning(columns)
    .executeTakeFirst();
  return row && toSupportContact(row);
}

export async function deleteSupportContact(trx: Transaction<DB>, clientId: string, id: string, version: number): Promise<boolean> {
  const res = await trx.deleteFrom('support_contacts').where('client_id', '=', clientId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return res.numDeletedRows > 0n;
}
