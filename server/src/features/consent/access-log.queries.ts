import { sql, type Kysely, type Transaction } from 'kysely';
import { CONSENT_PURPOSES, type ConsentPurpose } from '../../../../common/consent.ts';
import type { AccessLogEntry } from '../../../../common/schemas/consent.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

/** The audit action readClient writes for every read by someone outside the client's own coaches. */
export const CLIENT_READ_ACTION = 'client.read';

/**
 * Every audited read of one client ("who saw what, when"), newest first, with a keyset cursor
 * on the audit id. `limit` undefined: all of them (the export).
 */
export async function clientAccessLog(db: Q, clientId: string, page: { before?: number; limit?: number } = {}): Promise<AccessLogEntry[]> {
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select(['a.id', 'a.at', 'a.details', 'a.actor_user_id', 'u.name as actor_name', 'a.organisation_id', 'o.name as organisation_name'])
    .where('a.entity', '=', 'client')
    .where('a.entity_id', '=', clientId)
    .where('a.action', '=', CLIENT_READ_ACTION);
  if (page.before !== undefined) q = q.where('a.id', '<', page.before);
  if (page.limit !== undefined) q = q.limit(page.limit);
  const rows = await q.orderBy('a.id', 'desc').execute();
  return rows.map((r) => {
    const d = r.details as { categories?: unknown; purpose?: unknown; relation?: unknown };
    return {
      id: r.id,
      at: r.at.toISOString(),
      who: r.actor_user_id ? { id: r.actor_user_id, name: r.actor_name ?? '' } : null,
      organisation: r.organisation_id ? { id: r.organisation_id, name: r.organisation_name ?? '' } : null,
      categories: Array.isArray(d.categories) ? d.categories.filter((c): c is string => typeof c === 'string') : [],
      purpose: (CONSENT_PURPOSES as readonly unknown[]).includes(d.purpose) ? (d.purpose as ConsentPurpose) : null,
      relation: typeof d.relation === 'string' ? d.relation : null,
    };
  });
}

/** Today by the database's clock, the one consents are judged by. */
export async function today(db: Q): Promise<string> {
  const row = await sql<{ d: string }>`SELECT current_date::text AS d`.execute(db);
  return row.rows[0]!.d;
}
