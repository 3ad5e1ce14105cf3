import { z } from 'zod';
import {
  Appointment, AppointmentFileParams, AppointmentInput, AppointmentList, AppointmentParams, ContactNote, ContactNoteInput, ContactNoteList, ContactNoteParams, PurposeQuery,
} from '../../../../common/schemas/clients.ts';
import { readClient, writeClient } from '../../access/clients.ts';
import { HttpProblem, forbidden, notFound } from '../../lib/errors.ts';
import { IdParam, createRouter, defineRoute, ifMatchVersion, json, jsonBody } from '../../lib/http.ts';
import { appointmentCalendar, calendarFileName } from './calendar.ts';
import { IfMatch, writeResponses } from './clients.routes.ts';
import {
  clientName, deleteAppointment, getAppointment, getNote, insertAppointment, insertNote, listAppointments, listNotes, updateAppointment, updateNote,
} from './notes.queries.ts';

const tags = ['clients'];
const notFoundResponse = writeResponses[404];

/** Contact notes and appointments (category notes). */
export function noteRoutes() {
  const app = createRouter();

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/notes', tags, summary: 'Contact notes, newest first',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(ContactNoteList), 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['notes'], c.req.valid('query').purpose);
      return c.json({ items: await listNotes(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/notes', tags, summary: 'Write a contact note',
      request: { params: IdParam, ...jsonBody(ContactNoteInput) }, responses: { 201: json(ContactNote, 'Created'), 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const grant = await writeClient(scope, id);
      const note = await scope.transaction(async (trx, audit) => {
        const row = await insertNote(trx, grant.organisationId, id, scope.me.userId, input);
        await audit({ action: 'client.note_added', entity: 'client', entityId: id, details: { noteId: row.id, kind: row.kind } });
        return row;
      });
      return c.json(note, 201);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}/notes/{noteId}', tags, summary: 'Correct your own contact note',
      request: { params: ContactNoteParams, headers: IfMatch, ...jsonBody(ContactNoteInput) }, responses: { 200: json(ContactNote), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, noteId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      const note = await scope.transaction(async (trx, audit) => {
        const current = await getNote(trx, id, noteId);
        if (!current) throw notFound();
        // A note is its author's account of a contact: colleagues add their own.
        if (current.author.id !== scope.me.userId) throw forbidden();
        const row = await updateNote(trx, id, noteId, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'client.note_changed', entity: 'client', entityId: id, details: { noteId } });
        return row;
      });
      return c.json(note, 200);
    },
  );

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/appointments', tags, summary: 'Appointments, earliest first',
      request: { params: IdParam, query: PurposeQuery }, responses: { 200: json(AppointmentList), 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      await readClient(scope, id, ['notes'], c.req.valid('query').purpose);
      return c.json({ items: await listAppointments(scope.db, id) }, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'post', path: '/api/clients/{id}/appointments', tags, summary: 'Make an appointment',
      request: { params: IdParam, ...jsonBody(AppointmentInput) }, responses: { 201: json(Appointment, 'Created'), 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id } = c.req.valid('param');
      const input = c.req.valid('json');
      const grant = await writeClient(scope, id);
      const created = await scope.transaction(async (trx, audit) => {
        const row = await insertAppointment(trx, grant.organisationId, id, scope.me.userId, input);
        await audit({ action: 'client.appointment_added', entity: 'client', entityId: id, details: { appointmentId: row.id } });
        return row;
      });
      return c.json(created, 201);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'put', path: '/api/clients/{id}/appointments/{appointmentId}', tags, summary: 'Change an appointment',
      request: { params: AppointmentParams, headers: IfMatch, ...jsonBody(AppointmentInput) }, responses: { 200: json(Appointment), ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, appointmentId } = c.req.valid('param');
      const input = c.req.valid('json');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      const updated = await scope.transaction(async (trx, audit) => {
        const current = await getAppointment(trx, id, appointmentId);
        if (!current) throw notFound();
        const row = await updateAppointment(trx, id, appointmentId, version, input);
        if (!row) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'client.appointment_changed', entity: 'client', entityId: id, details: { appointmentId } });
        return row;
      });
      return c.json(updated, 200);
    },
  );

  app.openapi(
    defineRoute('clients.update', {
      method: 'delete', path: '/api/clients/{id}/appointments/{appointmentId}', tags, summary: 'Cancel an appointment',
      request: { params: AppointmentParams, headers: IfMatch }, responses: { 204: { description: 'Cancelled' }, ...writeResponses },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, appointmentId } = c.req.valid('param');
      const version = ifMatchVersion(c.req.header('if-match'));
      await writeClient(scope, id);
      await scope.transaction(async (trx, audit) => {
        const current = await getAppointment(trx, id, appointmentId);
        if (!current) throw notFound();
        if (!(await deleteAppointment(trx, id, appointmentId, version))) throw new HttpProblem(412, 'stale_version', { current });
        await audit({ action: 'client.appointment_cancelled', entity: 'client', entityId: id, details: { appointmentId } });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    defineRoute('clients.read', {
      method: 'get', path: '/api/clients/{id}/appointments/{file}', tags,
      summary: 'The appointment as a calendar file in Europe/Brussels time: GET …/appointments/{appointmentId}.ics',
      request: { params: AppointmentFileParams, query: PurposeQuery },
      responses: { 200: { description: 'iCalendar file', content: { 'text/calendar': { schema: z.string() } } }, 404: notFoundResponse },
    }),
    async (c) => {
      const scope = c.get('db');
      const { id, file: appointmentId } = c.req.valid('param');
      await readClient(scope, id, ['notes'], c.req.valid('query').purpose);
      const appointment = await getAppointment(scope.db, id, appointmentId);
      if (!appointment) throw notFound();
      const body = appointmentCalendar(appointment, await clientName(scope.db, id), scope.me.locale);
      return c.body(body, 200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${calendarFileName(appointment)}"`,
      });
    },
  );

  return app;
}
