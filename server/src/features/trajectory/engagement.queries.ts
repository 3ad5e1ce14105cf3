import { sql, type Kysely, type Transaction } from 'kysely';
import type { Engagement, EngagementContent } from '../../../../common/schemas/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

type Row = NonNullable<Awaited<ReturnType<typeof selectRow>>>;

function selectRow(db: Q, clientId: string, lock: boolean) {
  let q = db.selectFrom('client_engagements').selectAll().where('client_id', '=', clientId);
  if (lock) q = q.forUpdate();
  return q.executeTakeFirst();
}

/** What was recorded, without the agreements: the part both parties agree to. */
export function contentOf(r: Row): EngagementContent {
  return {
    firstContact: { channel: r.first_contact_channel, date: r.first_contact_date },
    firstAppointment: {
      date: r.first_appointment_date, place: r.first_appointment_place, placeChosenByClient: r.place_chosen_by_client,
      accessible: r.place_accessible, adjustmentsAgreed: r.adjustments_agreed,
    },
    planningConversation: { date: r.planning_date, notes: r.planning_notes },
    supportNetwork: { notes: r.network_notes, involvementAgreed: r.network_involvement_agreed },
    decision: { choice: r.decision, date: r.decision_date, notes: r.decision_notes },
    dialogueReport: r.dialogue_report,
  };
}

const toEngagement = (r: Row): Engagement => ({
  ...contentOf(r),
  agreements: {
    client: r.client_agreed_name && r.client_agreed_at ? { name: r.client_agreed_name, at: r.client_agreed_at.toISOString() } : null,
    coach: r.coach_agreed_name && r.coach_agreed_at ? { name: r.coach_agreed_name, at: r.coach_agreed_at.toISOString() } : null,
  },
  updatedAt: r.updated_at.toISOString(),
  version: r.version,
});

/**
 * The engagement record. A client without one (made before this feature, or by an import) has
 * an empty record at version 1, which the first save creates.
 */
export async function getEngagement(db: Q, clientId: string, lock = false): Promise<{ engagement: Engagement; row: Row | undefined }> {
  const row = await selectRow(db, clientId, lock);
  if (row) return { engagement: toEngagement(row), row };
  return { engagement: { ...EMPTY, agreements: { client: null, coach: null }, updatedAt: null, version: 1 }, row: undefined };
}

const EMPTY: EngagementContent = {
  firstContact: { channel: null, date: null },
  firstAppointment: { date: null, place: '', placeChosenByClient: false, accessible: false, adjustmentsAgreed: '' },
  planningConversation: { date: null, notes: '' },
  supportNetwork: { notes: '', involvementAgreed: false },
  decision: { choice: 'pending', date: null, notes: '' },
  dialogueReport: '',
};

/** Makes sure the row exists (version 1, empty), so writes can lock and compare versions. */
export async function ensureEngagement(trx: Transaction<DB>, organisationId: string, clientId: string) {
  await trx.insertInto('client_engagements').values({ organisation_id: organisationId, client_id: clientId }).onConflict((oc) => oc.column('client_id').doNothing()).execute();
}

const contentValues = (c: EngagementContent) => ({
  first_contact_channel: c.firstContact.channel, first_contact_date: c.firstContact.date,
  first_appointment_date: c.firstAppointment.date, first_appointment_place: c.firstAppointment.place,
  place_chosen_by_client: c.firstAppointment.placeChosenByClient, place_accessible: c.firstAppointment.accessible,
  adjustments_agreed: c.firstAppointment.adjustmentsAgreed,
  planning_date: c.planningConversation.date, planning_notes: c.planningConversation.notes,
  network_notes: c.supportNetwork.notes, network_involvement_agreed: c.supportNetwork.involvementAgreed,
  decision: c.decision.choice, decision_date: c.decision.date, decision_notes: c.decision.notes,
  dialogue_report: c.dialogueReport,
});

/** Saves the content; `clearAgreements` when it changed after someone agreed. */
export async function saveEngagement(trx: Transaction<DB>, clientId: string, version: number, userId: string, content: EngagementContent, clearAgreements: boolean) {
  const row = await trx
    .updateTable('client_engagements')
    .set({
      ...contentValues(content),
      ...(clearAgreements ? { client_agreed_name: null, client_agreed_at: null, coach_agreed_name: null, coach_agreed_at: null } : {}),
      updated_at: sql<Date>`now()`, updated_by: userId, version: sql<number>`version + 1`,
    })
    .where('client_id', '=', clientId).where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toEngagement(row);
}

/** Records one party's agreement with their name and the time. */
export async function recordAgreement(trx: Transaction<DB>, clientId: string, version: number, party: 'client' | 'coach', name: string) {
  const row = await trx
    .updateTable('client_engagements')
    .set(party === 'client'
      ? { client_agreed_name: name, client_agreed_at: sql<Date>`now()`, version: sql<number>`version + 1` }
      : { coach_agreed_name: name, coach_agreed_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('client_id', '=', clientId).where('version', '=', version)
    .returningAll()
    .executeTakeFirst();
  return row && toEngagement(row);
}
