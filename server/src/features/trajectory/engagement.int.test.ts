import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import {
  CLIENT_ACCOUNT, COACH, EMPLOYER, OTHER_COACH, consent, dossierRows, engagementVersion, newClient, otherOrganisationCoach, outsiderAnswers,
  refusedAnswers,
} from '../../../test/clients.ts';

let t: TestApp;
let coach: TestClient;
let client: TestClient;
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
  // A client of Jonas with their own account: the demo client account, linked here to a new record.
  id = await newClient(coach, { givenName: 'Eigen', familyName: 'Account' });
  const account = await userId(t, CLIENT_ACCOUNT);
  await t.db.updateTable('clients').set({ user_id: null }).where('user_id', '=', account).execute();
  await t.db.updateTable('clients').set({ user_id: account }).where('id', '=', id).execute();
  client = await t.as(CLIENT_ACCOUNT);
});
afterAll(async () => { await t.close(); });

const engagement = {
  firstContact: { channel: 'home_visit', date: '2025-02-03' },
  firstAppointment: { date: '2025-02-10', place: 'Bibliotheek De Krook', placeChosenByClient: true, accessible: true, adjustmentsAgreed: 'Rustige ruimte, afspraken op papier.' },
  planningConversation: { date: '2025-02-17', notes: 'Samen met moeder; wensen: buiten werken.' },
  supportNetwork: { notes: 'Moeder en vroegere leerkracht', involvementAgreed: true },
  decision: { choice: 'start', date: '2025-02-17', notes: 'Kiest voor SE.' },
  dialogueReport: 'We spraken over SE, de rollen en wat Ilse verwacht.',
};

describe('phase 1: engagement', () => {
  it('starts empty at version 1', async () => {
    const res = await coach.get(`/api/clients/${id}/engagement`);
    expect(res.body).toMatchObject({ firstContact: { channel: null, date: null }, decision: { choice: 'pending' }, dialogueReport: '', agreements: { client: null, coach: null }, version: 1 });
  });

  it('saves every part with the current version, audited', async () => {
    expect(await coach.put(`/api/clients/${id}/engagement`, engagement)).toBeProblem(428, 'precondition_required');
    const res = await coach.put(`/api/clients/${id}/engagement`, engagement, { 'if-match': '"1"' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ ...engagement, agreements: { client: null, coach: null }, version: 2 });
    expect((await coach.get(`/api/clients/${id}/engagement`)).body).toEqual(res.body);
    const [row] = await auditRows(t, 'client.engagement_saved');
    expect(row).toMatchObject({ entity_id: id, details: { changed: true, agreementsCleared: false } });
    const stale = await coach.put(`/api/clients/${id}/engagement`, engagement, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ version: 2 });
  });

  it('refuses an unknown channel or decision', async () => {
    expect(await coach.put(`/api/clients/${id}/engagement`, { ...engagement, firstContact: { channel: 'pigeon' } }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
    expect(await coach.put(`/api/clients/${id}/engagement`, { ...engagement, decision: { choice: 'maybe' } }, { 'if-match': '"2"' })).toBeProblem(400, 'validation');
  });

  it('records the agreement of client and coach, each with name and time', async () => {
    const byClient = await client.post(`/api/clients/${id}/engagement/agree`, undefined, { 'if-match': '"2"' });
    expect(byClient.status).toBe(200);
    expect(byClient.body.agreements).toEqual({ client: { name: 'Karim El Amrani', at: expect.any(String) }, coach: null });
    expect(await coach.post(`/api/clients/${id}/engagement/agree`, undefined, { 'if-match': '"2"' })).toBeProblem(412, 'stale_version');
    const byCoach = await coach.post(`/api/clients/${id}/engagement/agree`, undefined, { 'if-match': '"3"' });
    expect(byCoach.body.agreements).toEqual({ client: { name: 'Karim El Amrani', at: expect.any(String) }, coach: { name: 'Jonas Peeters', at: expect.any(String) } });
    const rows = await auditRows(t, 'client.engagement_agreed');
    expect(rows.slice(0, 2).map((r) => r.details)).toEqual([{ party: 'coach' }, { party: 'client' }]);
  });

  it('keeps the agreements when a save changes nothing', async () => {
    const res = await coach.put(`/api/clients/${id}/engagement`, engagement, { 'if-match': '"4"' });
    expect(res.body.agreements.client).not.toBeNull();
    expect(res.body.agreements.coach).not.toBeNull();
  });

  it('clears both agreements when the content changes after agreement', async () => {
    const res = await coach.put(`/api/clients/${id}/engagement`, { ...engagement, dialogueReport: `${engagement.dialogueReport} Aangevuld.` }, { 'if-match': '"5"' });
    expect(res.body.agreements).toEqual({ client: null, coach: null });
    const [row] = await auditRows(t, 'client.engagement_saved');
    expect(row).toMatchObject({ details: { changed: true, agreementsCleared: true } });
  });

  it('has nothing to agree to without a report', async () => {
    const other = await newClient(coach);
    expect(await coach.post(`/api/clients/${other}/engagement/agree`, undefined, { 'if-match': '"1"' })).toBeProblem(409, 'conflict');
  });

  it('lets the client see but not change it', async () => {
    expect((await client.get(`/api/clients/${id}/engagement`)).status).toBe(200);
    expect(await client.put(`/api/clients/${id}/engagement`, engagement, { 'if-match': '"6"' })).toBeProblem(403, 'forbidden');
  });

  it('is shared with a recipient only through a consent for the action plan', async () => {
    const employer = outsiders[1]![1];
    expect(await employer.get(`/api/clients/${id}/engagement?purpose=job_support`)).toBeProblem(404, 'not_found');
    await consent(t, id, 'Groenhof Supermarkten', ['action_plan'], 'job_support');
    expect((await employer.get(`/api/clients/${id}/engagement?purpose=job_support`)).body.version).toBe(6);
  });

  it('answers outsiders as if the client did not exist, and changes nothing', async () => {
    const other = await newClient(coach);
    await coach.put(`/api/clients/${other}/engagement`, engagement, { 'if-match': '"1"' });
    const before = await dossierRows(t, other);
    const v = await engagementVersion(t, other);
    const send = [
      ['read', (c: TestClient, clientId: string) => c.get(`/api/clients/${clientId}/engagement?purpose=job_finding`)],
      ['write', (c: TestClient, clientId: string) => c.put(`/api/clients/${clientId}/engagement`, { ...engagement, dialogueReport: 'Anders' }, { 'if-match': v })],
      ['write', (c: TestClient, clientId: string) => c.post(`/api/clients/${clientId}/engagement/agree`, undefined, { 'if-match': v })],
    ] as const;
    for (const [kind, request] of send) {
      expect(await outsiderAnswers(outsiders, other, request)).toEqual(refusedAnswers(outsiders, kind));
    }
    expect(await dossierRows(t, other)).toEqual(before);
  });
});
