import { sql, type Kysely } from 'kysely';
import type { AuditQuery } from '../../../../common/schemas/admin.ts';
import type { DB } from '../../db/types.ts';

/** The organisation's audit trail, newest first, filtered, with a keyset cursor on id. */
export async function searchAudit(db: Kysely<DB>, organisationId: string, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log as a')
    .leftJoin('users as u', 'u.id', 'a.actor_user_id')
    .select(['a.id', 'a.at', 'a.action', 'a.entity', 'a.entity_id', 'a.details', 'a.ip', 'a.actor_user_id', 'u.name as actor_name'])
    .where('a.organisation_id', '=', organisationId);
  if (q.actor) query = query.where('a.actor_user_id', '=', q.actor);
  if (q.action) query = query.where('a.action', 'like', `${q.action.replace(/[\\%_]/g, '\\$&')}%`);
  if (q.entity) query = query.where('a.entity', '=', q.entity);
  if (q.from) query = query.where('a.at', '>=', sql<Date>`${q.from}::date`);
  if (q.to) query = query.where('a.at', '<', sql<Date>`${q.to}::date + 1`);
  if (q.before) query = query.where('a.id', '<', q.before);
  return query.orderBy('a.id', 'desc').limit(q.limit + 1).execute();
}
