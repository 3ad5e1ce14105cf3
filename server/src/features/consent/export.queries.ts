import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { ClientExport } from '../../../../common/schemas/consent.ts';
import type { DB } from '../../db/types.ts';
import { listPlans, planSignatures } from '../action-plan/action-plan.queries.ts';
import { toActionPlan } from '../action-plan/action-plan.rules.ts';
import { getIdentity, listCoaches, toIdentity } from '../clients/clients.queries.ts';
import { listAppointments, listNotes } from '../clients/notes.queries.ts';
import { listSupportContacts } from '../clients/support-contacts.queries.ts';
import type { ClientExportPdfInput } from '../pdf/client-export.pdf.ts';
import { getEngagement } from '../trajectory/engagement.queries.ts';
import { listProfileVersions, profileHead, profileVersion } from '../vocational-profile/vocational-profile.queries.ts';
import { PROFILE_CATEGORIES } from '../vocational-profile/vocational-profile.service.ts';
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
  // Approaches of employers made for this client (issue 4): part of their job search.
  employer_approaches: { by: 'client_id' },
  // The capacity profile, every version, and the availability (issue 4): vocational_profile category.
  capacity_profile_versions: { by: 'client_id' },
  client_availability: { by: 'client_id' },
  // Job-match checklists, placements and their evaluations (issue 4): the client's job finding and job.
  match_checklists: { by: 'client_id' },
  placements: { by: 'client_id' },
  placement_evaluations: { by: 'client_id' },
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

/**
 * Everything held about the client shaped for reading (the PDF export), read like
 * exportClient in one repeatable-read transaction: the dossier, the latest vocational profile
 * with health and benefits, every action plan version, consents and the access log.
 */
export async function exportDossier(db: Kysely<DB>, clientId: string): Promise<Omit<ClientExportPdfInput, 'exportedAt'>> {
  return db.transaction().setIsolationLevel('repeatable read').execute(async (trx) => {
    const client = await trx
      .selectFrom('clients as c')
      .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
      .leftJoin('users as u', 'u.id', 'c.user_id')
      .select(['c.organisation_id', 'o.name as organisation_name', 'c.created_at', 'u.email as account'])
      .where('c.id', '=', clientId)
      .executeTakeFirstOrThrow();
    const org = client.organisation_id;
    const head = await profileHead(trx, org, clientId);
    const latest = head ? await profileVersion(trx, org, clientId, head.version, new Set(PROFILE_CATEGORIES)) : undefined;
    const plans = [];
    for (const row of await listPlans(trx, clientId)) {
      const s = await planSignatures(trx, row.id);
      plans.push({ plan: toActionPlan(row), signatures: { client: s.client_signature, coach: s.coach_signature } });
    }
    return {
      organisationName: client.organisation_name,
      identity: toIdentity((await getIdentity(trx, clientId))!),
      createdAt: client.created_at.toISOString(),
      account: client.account,
      coaches: await listCoaches(trx, clientId),
      supportContacts: await listSupportContacts(trx, clientId),
      trajectories: await trajectoriesWithEvents(trx, clientId),
      engagement: (await getEngagement(trx, clientId)).engagement,
      profile: {
        clientId, categories: [...PROFILE_CATEGORIES], version: head?.version ?? 0,
        updatedAt: head ? new Date(head.updated_at).toISOString() : null, updatedBy: head ? { id: head.by_id, name: head.by_name } : null,
        ...latest?.parts,
      },
      profileVersions: (await listProfileVersions(trx, org, clientId)).map((v) => ({ version: v.version, savedAt: new Date(v.saved_at).toISOString(), savedBy: v.by_name })),
      plans,
      notes: await listNotes(trx, clientId),
      appointments: await listAppointments(trx, clientId),
      consents: await listConsents(trx, clientId),
      accessLog: await clientAccessLog(trx, clientId),
    };
  });
}

/** All of the client's trajectories, newest first, each with every event in order. */
async function trajectoriesWithEvents(db: Q, clientId: string): Promise<ClientExportPdfInput['trajectories']> {
  const trajectories = await db
    .selectFrom('trajectories')
    .select(['id', 'phase', 'status', 'outcome', 'outcome_detail', 'opened_at', 'closed_at', 'version'])
    .where('client_id', '=', clientId)
    .orderBy('opened_at', 'desc')
    .orderBy('id')
    .execute();
  const events = await db
    .selectFrom('trajectory_events as e')
    .innerJoin('trajectories as t', 't.id', 'e.trajectory_id')
    .leftJoin('users as u', 'u.id', 'e.by_user_id')
    .select(['e.trajectory_id', 'e.kind', 'e.from_phase', 'e.to_phase', 'e.reason', 'e.at', 'u.id as user_id', 'u.name as user_name'])
    .where('t.client_id', '=', clientId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
  return trajectories.map((t) => ({
    id: t.id, phase: t.phase, status: t.status, outcome: t.outcome, outcomeDetail: t.outcome_detail,
    openedAt: t.opened_at.toISOString(), closedAt: t.closed_at?.toISOString() ?? null, version: t.version,
    events: events.filter((e) => e.trajectory_id === t.id).map((e) => ({
      kind: e.kind, fromPhase: e.from_phase, toPhase: e.to_phase, reason: e.reason, at: e.at.toISOString(),
      by: e.user_id && e.user_name ? { id: e.user_id, name: e.user_name } : null,
    })),
  }));
}
