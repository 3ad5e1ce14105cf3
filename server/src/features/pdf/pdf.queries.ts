import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The organisation that holds a dossier, named on its forms. */
export async function organisationName(db: Q, organisationId: string): Promise<string> {
  const row = await db.selectFrom('organisations').select('name').where('id', '=', organisationId).executeTakeFirstOrThrow();
  return row.name;
}

/**
 * The personal details of the beroepsoriënteringsschema, for a client that a gate in
 * access/clients.ts let through for the identity category.
 */
export async function clientIdentity(db: Q, clientId: string) {
  return db
    .selectFrom('clients')
    .select([
      'salutation', 'given_name', 'family_name', 'birth_date', 'national_id_kind', 'national_id', 'address', 'postcode', 'city',
      'phone_home', 'phone_mobile', 'email', 'next_of_kin', 'emergency_phone', 'professional_network', 'religion_culture',
    ])
    .where('id', '=', clientId)
    .executeTakeFirstOrThrow();
}
export type ClientIdentityRow = Awaited<ReturnType<typeof clientIdentity>>;
