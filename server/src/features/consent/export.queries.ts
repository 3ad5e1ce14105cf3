import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { ClientExport } from '../../../../common/schemas/consent.ts';
import type { DB } from '../../db/types.ts';
import { clientAccessLog } from './access-log.queries.ts';
import { listConsents } from './consent.queries.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** How the export finds a table's rows: by its client_id, or through the parent table it belongs to. */
export type ExportSource = { by: 'client_id' } | { by: 'parent'; parent: string; column: string };

/**
 * Every table that holds data about a client, apart from the ones the export shapes itself
 * (`clients`, `consents`, and the audit trail as the access log). GDPR access and portability
 * means all of it: export.int.test.ts fails when a table with a client_id column, or a child
 * of one, is missing here, so a new table is a conscious line in this list.
 */
export const EXPORTED_TABLES: Record<string, ExportSource> = {
  client_assignments: { by: 'client_id' },
  support_contacts: { by: 'client_id' },
  trajectories: { by: 'client_id' },
  trajectory_events: { by: 'parent', parent: 'trajectories', column: 'trajectory_id' },
  client_engagements: { by: 'client_id' },
  contact_notes: { by: 'client_id' },
  appointments: { by: 'client_id' },
  vocational_profiles: { by: 'client_id' },
  vocational_profile_versions: { by: 'client_id' },
  vocational_profile_health_versions: { by: 'client_id' },
  vocational_profile_benefit_versions: { by: 'client_id' },
  action_plans: { by: 'client_id' },
  action_plan_evaluations: { by: 'client_id' },
};

/** Tables about a client that the export writes in its own shape. */
export const SHAPED_TABLES = ['clients', 'consents'] as const;

/** The ids of `table`'s rows that belong to the client, following parents up to a client_id. */
function idsOf(table: string, clientId: string): RawBuilder<unknown> {
  const source = EXPORTED_TABLES[table];
  if (!source) throw new Error(`not an exported table: ${table}`);
  if (source.by === 'client_id') return sql`SELECT id FROM ${sql.table(table)} WHERE client_id = ${clientId}`;
  return sql`SELECT id FROM ${sql.table(table)} WHERE ${sql.ref(source.column)} IN (${idsOf(source.parent, clientId)})`;
}

/** One exported table's rows for the client, whole; the table names come from EXPORTED_TABLES only. */
async function rowsOf(db: Q, table: string, source: ExportSource, clientId: string): Promise<Record<string, unknown>[]> {
  const where = source.by === 'client_id'
    ? sql`client_id = ${clientId}`
    : sql`${sql.ref(source.column)} IN (${idsOf(source.parent, clientId)})`;
  const res = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(table)} WHERE ${where}`.execute(db);
  return res.rows;
}

/**
 * Everything held about the client, read in one repeatable-read transaction so the parts agree
 * with each other: the client row, consents, access log, and every exported table by name.
 */
export async function exportClient(db: Kysely<DB>, clientId: string): Promise<Omit<ClientExport, 'format' | 'formatVersion' | 'exportedAt'>> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const client = await trx.selectFrom('clients').selectAll().where('id', '=', clientId).executeTakeFirstOrThrow();
    const records: Record<string, Record<string, unknown>[]> = {};
    for (const [table, source] of Object.entries(EXPORTED_TABLES)) records[table] = await rowsOf(trx, table, source, clientId);
    return {
      client: client as unknown as Record<string, unknown>,
      consents: await listConsents(trx, clientId),
      accessLog: await clientAccessLog(trx, clientId),
      records,
    };
  });
}
