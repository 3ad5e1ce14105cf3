import { sql, type Kysely, type Transaction } from 'kysely';
import type { TrajectoryOutcome } from '../../../../common/consent.ts';
import type { Trajectory } from '../../../../common/schemas/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

const columns = ['id', 'phase', 'status', 'outcome', 'outcome_detail', 'opened_at', 'closed_at', 'version'] as const;
type Row = { id: string; phase: number; status: 'open' | 'closed'; outcome: TrajectoryOutcome | null; outcome_detail: string; opened_at: Date; closed_at: Date | null; version: number };

const toSummary = (r: Row) => ({
  id: r.id, phase: r.phase, status: r.status, outcome: r.outcome, outcomeDetail: r.outcome_detail,
  openedAt: r.opened_at.toISOString(), closedAt: r.closed_at?.toISOString() ?? null, version: r.version,
});

/** The client's latest trajectory, or undefined when none was ever opened. */
export async function currentTrajectory(db: Q, clientId: string, lock = false) {
  let q = db.selectFrom('trajectories').select([...columns, 'organisation_id']).where('client_id', '=', clientId).orderBy('opened_at', 'desc').orderBy('id').limit(1);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** The latest trajectory with its events, and the closed ones before it. */
export async function getTrajectory(db: Q, clientId: string): Promise<Trajectory | null> {
  const all = await db.selectFrom('trajectories').select(columns).where('client_id', '=', clientId).orderBy('opened_at', 'desc').orderBy('id').execute();
  const [current, ...earlier] = all;
  if (!current) return null;
  const events = await db
    .selectFrom('trajectory_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.kind', 'e.from_phase', 'e.to_phase', 'e.reason', 'e.at', 'u.id as user_id', 'u.name as user_name'])
    .where('e.trajectory_id', '=', current.id)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return {
    ...toSummary(current),
    events: events.map((e) => ({
      kind: e.kind, fromPhase: e.from_phase, toPhase: e.to_phase, reason: e.reason, at: e.at.toISOString(),
      by: e.user_id && e.user_name ? { id: e.user_id, name: e.user_name } : null,
    })),
    earlier: earlier.map(toSummary),
  };
}

/** Applies a change when `version` is current; false when stale. */
export async function updateTrajectory(
  trx: Transaction<DB>, id: string, version: number,
  change: { phase?: number; status?: 'open' | 'closed'; outcome?: TrajectoryOutcome | null; outcome_detail?: string; closed_at?: Date | null },
): Promise<boolean> {
  const res = await trx.updateTable('trajectories').set({ ...change, version: sql<number>`version + 1` }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function openTrajectory(trx: Transaction<DB>, organisationId: string, clientId: string, phase: number) {
  return trx.insertInto('trajectories').values({ organisation_id: organisationId, client_id: clientId, phase }).returning('id').executeTakeFirstOrThrow();
}

export async function addEvent(
  trx: Transaction<DB>, organisationId: string, trajectoryId: string,
  e: { kind: 'opened' | 'phase_changed' | 'closed' | 'reopened'; fromPhase?: number | null; toPhase?: number | null; reason: string; byUserId: string },
) {
  await trx.insertInto('trajectory_events').values({
    organisation_id: organisationId, trajectory_id: trajectoryId, kind: e.kind, from_phase: e.fromPhase ?? null, to_phase: e.toPhase ?? null, reason: e.reason, by_user_id: e.byUserId,
  }).execute();
}
