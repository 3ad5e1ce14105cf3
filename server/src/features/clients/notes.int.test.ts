import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import {
  COACH, EMPLOYER, OTHER_COACH, TEAM_LEAD, consent, dossierRows, newClient, otherOrganisationCoach, outsiderAnswers, refusedAnswers,
} from '../../../test/clients.ts';

let t: TestApp;
let coach: TestClient;
let outsiders: [string, TestClient][];
let id = '';
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  outsiders = [
    ['a coach of another organisation', await otherOrganisationCoach(t)],
    ['the employer without consent', await t.as(EMPLOYER)],
    ['a coach of the same organisation who is not assigned', await t.as(OTHER_COACH)],
  ];
  id = await newClient(coach, { givenName: 'Ilse', familyName: 'Van Damme' });
});
afterAll(async () => { await t.close(); });

const note = { date: '2025-03-04', kind: 'phone', text: 'Ilse belde: de eerste afspraak liefst in de bibliotheek.' };

describe('contact notes', () => {
  let noteId = '';

  it('records a note with its author, audited', async () => {
    const res = await coach.post(`/api/clients/${id}/notes`, note);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...note, author: { id: await userId(t, COACH), name: 'Jonas Peeters' }, version: 1 });
    noteId = res.body.id;
    const [row] = await auditRows(t, 'client.note_added');
    expect(row).toMatchObject({ entity_id: id, details: { noteId, kind: 'phone' } });
  });

  it('lists notes newest first', async () => {
    await coach.post(`/api/clients/${id}/notes`, { ...note, date: '2025-03-10', kind: 'meeting', text: 'Eerste afspraak gehad.' });
    const res = await coach.get(`/api/clients/${id}/notes`);
    expect(res.body.items.map((n: { date: string }) => n.date)).toEqual(['2025-03-10', '2025-03-04']);
  });

  it("lets only the author correct a note, at the current version", async () => {
    const lead = await t.as(TEAM_LEAD);
    expect(await lead.put(`/api/clients/${id}/notes/${noteId}`, { ...note, text: 'Anders' }, { 'if-match': '"1"' })).toBeProblem(403, 'forbidden');
    const res = await coach.put(`/api/clients/${id}/notes/${noteId}`, { ...note, text: 'Ilse belde: afspraak in de bibliotheek De Krook.' }, { 'if-match': '"1"' });
    expect(res.body).toMatchObject({ text: 'Ilse belde: afspraak in de bibliotheek De Krook.', version: 2 });
    expect(await coach.put(`/api/clients/${id}/notes/${noteId}`, note, { 'if-match': '"1"' })).toBeProblem(412, 'stale_version');
  });

  it('refuses an unknown kind and an empty text', async () => {
    expect(await coach.post(`/api/clients/${id}/notes`, { ...note, kind: 'gossip' })).toBeProblem(400, 'validation');
    expect(await coach.post(`/api/clients/${id}/notes`, { ...note, text: '   ' })).toBeProblem(400, 'validation');
  });

  it('is shared with a recipient only through a consent for notes', async () => {
    const employer = outsiders[1]![1];
    await consent(t, id, 'Groenhof Supermarkten', ['identity', 'action_plan'], 'job_support');
    expect(await employer.get(`/api/clients/${id}/notes?purpose=job_support`)).toBeProblem(404, 'not_found');
    await consent(t, id, 'Groenhof Supermarkten', ['notes'], 'job_support');
    expect((await employer.get(`/api/clients/${id}/notes?purpose=job_support`)).body.items).toHaveLength(2);
  });
});

const appointment = {
  place: 'Bibliotheek De Krook, Miriam Makebaplein 1, Gent',
  startsAt: '2025-03-31T10:00:00+02:00',
  endsAt: '2025-03-31T11:30:00+02:00',
  participants: ['Ilse Van Damme', 'Jonas Peeters', 'Marleen Van Damme'],
  notes: 'Planningsgesprek; Ilse brengt haar moeder mee.',
};

describe('appointments', () => {
  let appointmentId = '';

  it('makes an appointment, audited', async () => {
    const res = await coach.post(`/api/clients/${id}/appointments`, appointment);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ place: appointment.place, startsAt: '2025-03-31T08:00:00.000Z', endsAt: '2025-03-31T09:30:00.000Z', participants: appointment.participants, version: 1 });
    appointmentId = res.body.id;
    const [row] = await auditRows(t, 'client.appointment_added');
    expect(row).toMatchObject({ entity_id: id, details: { appointmentId } });
    expect((await coach.get(`/api/clients/${id}/appointments`)).body.items.map((a: { id: string }) => a.id)).toEqual([appointmentId]);
  });

  it.each([
    ['an end before the start', { endsAt: '2025-03-31T09:00:00+02:00' }, 'endsAt'],
    ['more than 12 hours', { endsAt: '2025-04-01T10:00:00+02:00' }, 'endsAt'],
    ['a time without its offset', { startsAt: '2025-03-31T10:00:00' }, 'startsAt'],
  ])('refuses %s', async (_what, change, path) => {
    const res = await coach.post(`/api/clients/${id}/appointments`, { ...appointment, ...change });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([path]);
  });

  it('gives a calendar file in Europe/Brussels time', async () => {
    const res = await coach.get(`/api/clients/${id}/appointments/${appointmentId}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="afspraak-20250331.ics"');
    const ics = String(res.body).replaceAll('\r\n ', '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Brussels');
    expect(ics).toContain(`UID:${appointmentId}@passend`);
    expect(ics).toContain('SEQUENCE:0');
    // 08:00 UTC on the first day of summer time is 10:00 in Brussels
    expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20250331T100000');
    expect(ics).toContain('DTEND;TZID=Europe/Brussels:20250331T113000');
    expect(ics).toContain('SUMMARY:Afspraak met Ilse Van Damme');
    expect(ics).toContain('LOCATION:Bibliotheek De Krook\\, Miriam Makebaplein 1\\, Gent');
    expect(ics).toContain('Deelnemers: Ilse Van Damme\\, Jonas Peeters\\, Marleen Van Damme');
    expect(ics).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });

  it('changes the appointment; the calendar file follows with a higher sequence', async () => {
    const winter = { ...appointment, startsAt: '2025-01-15T09:00:00Z', endsAt: '2025-01-15T10:00:00Z' };
    expect(await coach.put(`/api/clients/${id}/appointments/${appointmentId}`, winter)).toBeProblem(428, 'precondition_required');
    const res = await coach.put(`/api/clients/${id}/appointments/${appointmentId}`, winter, { 'if-match': '"1"' });
    expect(res.body).toMatchObject({ startsAt: '2025-01-15T09:00:00.000Z', version: 2 });
    const ics = String((await coach.get(`/api/clients/${id}/appointments/${appointmentId}.ics`)).body);
    expect(ics).toContain('DTSTART;TZID=Europe/Brussels:20250115T100000');
    expect(ics).toContain('SEQUENCE:1');
    expect(await coach.put(`/api/clients/${id}/appointments/${appointmentId}`, winter, { 'if-match': '"1"' })).toBeProblem(412, 'stale_version');
  });

  it.each(['.pdf', '', '.ics.ics'])('refuses a calendar file name ending in %j', async (suffix) => {
    expect(await coach.get(`/api/clients/${id}/appointments/${appointmentId}${suffix}`)).toBeProblem(400, 'validation');
  });

  it('answers 404 for an appointment of another client', async () => {
    const other = await newClient(coach);
    expect(await coach.get(`/api/clients/${other}/appointments/${appointmentId}.ics`)).toBeProblem(404, 'not_found');
  });

  it('answers outsiders as if the client did not exist, and changes nothing', async () => {
    const before = await dossierRows(t, id);
    const send = [
      ['read', (c: TestClient, client: string) => c.get(`/api/clients/${client}/appointments?purpose=job_finding`)],
      ['read', (c: TestClient, client: string) => c.get(`/api/clients/${client}/appointments/${appointmentId}.ics?purpose=job_finding`)],
      ['read', (c: TestClient, client: string) => c.get(`/api/clients/${client}/notes?purpose=job_finding`)],
      ['write', (c: TestClient, client: string) => c.post(`/api/clients/${client}/notes`, note)],
      ['write', (c: TestClient, client: string) => c.put(`/api/clients/${client}/notes/${before.notes[0]!.id}`, note, { 'if-match': '"2"' })],
      ['write', (c: TestClient, client: string) => c.post(`/api/clients/${client}/appointments`, appointment)],
      ['write', (c: TestClient, client: string) => c.put(`/api/clients/${client}/appointments/${appointmentId}`, appointment, { 'if-match': '"2"' })],
      ['write', (c: TestClient, client: string) => c.delete(`/api/clients/${client}/appointments/${appointmentId}`, { 'if-match': '"2"' })],
    ] as const;
    for (const [kind, request] of send) {
      expect(await outsiderAnswers(outsiders, id, request)).toEqual(refusedAnswers(outsiders, kind));
    }
    expect(await dossierRows(t, id)).toEqual(before);
  });

  it('cancels an appointment at the current version', async () => {
    expect((await coach.delete(`/api/clients/${id}/appointments/${appointmentId}`, { 'if-match': '"2"' })).status).toBe(204);
    expect(await coach.get(`/api/clients/${id}/appointments/${appointmentId}.ics`)).toBeProblem(404, 'not_found');
    const [row] = await auditRows(t, 'client.appointment_cancelled');
    expect(row).toMatchObject({ entity_id: id, details: { appointmentId } });
  });
});
