import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../db/types.ts';

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  details?: Record<string, unknown>;
  ip?: string;
}

/**
 * Appends one row to the audit trail. Call it with the transaction that makes the change,
 * so the change and its record commit or fail together.
 */
export async function recordAudit(trx: Transaction<DB> | Kysely<DB>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      organisation_id: entry.organisationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId ?? null,
      details: JSON.stringify(entry.details ?? {}),
      ip: entry.ip ?? '',
      at: sql<Date>`now()`,
    })
    .execute();
}
