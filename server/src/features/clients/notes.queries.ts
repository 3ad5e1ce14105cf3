import { sql, type Kysely, type Transaction } from 'kysely';
import type { z } from 'zod';
import type { Appointment, AppointmentInput, ContactNoteInput } from '../../../../common/schemas/clients.ts';
import type { DB } from '../../db/types.ts';

type Q = Kysely<DB> | Transaction<DB>;

// ── contact notes ──

function noteQuery(db: Q) {
  return db
    .selectFrom('contact_notes as n')
    .innerJoin('users as u', 'u.id', 'n.author_user_id')
    .select(['n.id', 'n.date', 'n.kind', 'n.text', 'n.author_user_id', 'u.name as author_name', 'n.created_at', 'n.updated_at', 'n.version']);
}
type NoteRow = Awaited<ReturnType<ReturnType<typeof noteQuery>['executeTakeFirstOrThrow']>>;
const toNote = (r: NoteRow) => ({
  id: r.id, date: r.date, kind: r.kind, text: r.text, author: { id: r.author_user_id, name: r.author_name },
  createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(), version: r.version,
});

export async function listNotes(db: Q, clientId: string) {
  return (await noteQuery(db).where('n.client_id', '=', clientId).orderBy('n.date', 'desc').orderBy('n.created_at', 'desc').execute()).map(toNote);
}

export async function getNote(db: Q, clientId: string, id: string) {
  const row = await noteQuery(db).where('n.client_id', '=', clientId).where('n.id', '=', id).executeTakeFirst();
  return row && toNote(row);
}

export async function insertNote(trx: Transaction<DB>, organisationId: string, clientId: string, authorUserId: string, v: z.output<typeof ContactNoteInput>) {
  const { id } = await trx.insertInto('contact_notes').values({ organisation_id: organisationId, client_id: clientId, author_user_id: authorUserId, ...v }).returning('id').executeTakeFirstOrThrow();
  return (await getNote(trx, clientId, id))!;
}

export async function updateNote(trx: Transaction<DB>, clientId: string, id: string, version: number, v: z.output<typeof ContactNoteInput>) {
  const res = await trx
    .updateTable('contact_notes')
    .set({ ...v, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('client_id', '=', clientId).where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n ? getNote(trx, clientId, id) : undefined;
}

// ── appointments ──

function appointmentQuery(db: Q) {
  return db
    .selectFrom('appointments as a')
    .innerJoin('users as u', 'u.id', 'a.created_by')
    .select(['a.id', 'a.place', 'a.starts_at', 'a.ends_at', 'a.participants', 'a.notes', 'a.created_by', 'u.name as created_by_name', 'a.updated_at', 'a.version']);
}
type AppointmentRow = Awaited<ReturnType<ReturnType<typeof appointmentQuery>['executeTakeFirstOrThrow']>>;
export const toAppointment = (r: AppointmentRow): Appointment => ({
  id: r.id, place: r.place, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString(), participants: r.participants, notes: r.notes,
  createdBy: { id: r.created_by, name: r.created_by_name }, updatedAt: r.updated_at.toISOString(), version: r.version,
});

export async function listAppointments(db: Q, clientId: string) {
  return (await appointmentQuery(db).where('a.client_id', '=', clientId).orderBy('a.starts_at').orderBy('a.id').execute()).map(toAppointment);
}

export async function getAppointment(db: Q, clientId: string, id: string) {
  const row = await appointmentQuery(db).where('a.client_id', '=', clientId).where('a.id', '=', id).executeTakeFirst();
  return row && toAppointment(row);
}

const appointmentValues = (v: z.output<typeof AppointmentInput>) => ({
  place: v.place, starts_at: new Date(v.startsAt), ends_at: new Date(v.endsAt), participants: v.participants, notes: v.notes,
});

export async function insertAppointment(trx: Transaction<DB>, organisationId: string, clientId: string, userId: string, v: z.output<typeof AppointmentInput>) {
  const { id } = await trx.insertInto('appointments').values({ organisation_id: organisationId, client_id: clientId, created_by: userId, ...appointmentValues(v) }).returning('id').executeTakeFirstOrThrow();
  return (await getAppointment(trx, clientId, id))!;
}

export async function updateAppointment(trx: Transaction<DB>, clientId: string, id: string, version: number, v: z.output<typeof AppointmentInput>) {
  const res = await trx
    .updateTable('appointments')
    .set({ ...appointmentValues(v), updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('client_id', '=', clientId).where('id', '=', id).where('version', '=', version)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n ? getAppointment(trx, clientId, id) : undefined;
}

export async function deleteAppointment(trx: Transaction<DB>, clientId: string, id: string, version: number): Promise<boolean> {
  const res = await trx.deleteFrom('appointments').where('client_id', '=', clientId).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return res.numDeletedRows > 0n;
}

export async function clientName(db: Q, clientId: string): Promise<string> {
  const row = await db.selectFrom('clients').select(['given_name', 'family_name']).where('id', '=', clientId).executeTakeFirstOrThrow();
  return `${row.given_name} ${row.family_name}`;
}
