import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows } from '../../../test/helpers.ts';
import {
  COACH, EMPLOYER, OTHER_COACH, consent, dossierRows, newClient, otherOrganisationCoach, outsiderAnswers, refusedAnswers,
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
  id = await newClient(coach);
});
afterAll(async () => { await t.close(); });

const mother = { name: 'Marleen Van Damme', relation: 'moeder', phone: '+32 9 123 45 67', contactAllowed: true };

describe('the support network', () => {
  let contactId = '';

  it('adds a person the client names, audited', async () => {
    const res = await coach.post(`/api/clients/${id}/support-contacts`, mother);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), ...mother, organisation: '', email: '', version: 1 });
    contactId = res.body.id;
    const [row] = await auditRows(t, 'client.support_contact_added');
    expect(row).toMatchObject({ entity: 'client', entity_id: id, details: { supportContactId: contactId } });
  });

  it('lists them; contact is not allowed unless the client says so', async () => {
    await coach.post(`/api/clients/${id}/support-contacts`, { name: 'Tom Peeters', relation: 'vroegere leerkracht', organisation: 'GO! Gent' });
    const res = await coach.get(`/api/clients/${id}/support-contacts`);
    expect(res.body.items.map((c: { name: string; contactAllowed: boolean }) => [c.name, c.contactAllowed])).toEqual([
      ['Marleen Van Damme', true], ['Tom Peeters', false],
    ]);
  });

  it('changes one with the current version; a stale one gets 412 with the current state', async () => {
    const res = await coach.put(`/api/clients/${id}/support-contacts/${contactId}`, { ...mother, contactAllowed: false }, { 'if-match': '"1"' });
    expect(res.body).toMatchObject({ contactAllowed: false, version: 2 });
    const stale = await coach.put(`/api/clients/${id}/support-contacts/${contactId}`, mother, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ id: contactId, contactAllowed: false, version: 2 });
    expect(await coach.put(`/api/clients/${id}/support-contacts/${contactId}`, mother)).toBeProblem(428, 'precondition_required');
  });

  it("answers 404 for another client's contact", async () => {
    const other = await newClient(coach);
    expect(await coach.put(`/api/clients/${other}/support-contacts/${contactId}`, mother, { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
    expect(await coach.delete(`/api/clients/${other}/support-contacts/${contactId}`, { 'if-match': '"2"' })).toBeProblem(404, 'not_found');
  });

  it('is shared with a recipient only through a consent for identity', async () => {
    const employer = outsiders[1]![1];
    await consent(t, id, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    expect(await employer.get(`/api/clients/${id}/support-contacts?purpose=job_finding`)).toBeProblem(404, 'not_found');
    await consent(t, id, 'Groenhof Supermarkten', ['identity'], 'job_finding');
    expect((await employer.get(`/api/clients/${id}/support-contacts?purpose=job_finding`)).body.items).toHaveLength(2);
  });

  it('answers outsiders as if the client did not exist, and changes nothing', async () => {
    const other = await newClient(coach);
    const contact = (await coach.post(`/api/clients/${other}/support-contacts`, mother)).body.id;
    const before = await dossierRows(t, other);
    expect(await outsiderAnswers(outsiders, other, (c, client) => c.get(`/api/clients/${client}/support-contacts?purpose=job_finding`))).toEqual(refusedAnswers(outsiders, 'read'));
    expect(await outsiderAnswers(outsiders, other, (c, client) => c.post(`/api/clients/${client}/support-contacts`, mother))).toEqual(refusedAnswers(outsiders, 'write'));
    expect(await outsiderAnswers(outsiders, other, (c, client) => c.put(`/api/clients/${client}/support-contacts/${contact}`, mother, { 'if-match': '"1"' }))).toEqual(refusedAnswers(outsiders, 'write'));
    expect(await outsiderAnswers(outsiders, other, (c, client) => c.delete(`/api/clients/${client}/support-contacts/${contact}`, { 'if-match': '"1"' }))).toEqual(refusedAnswers(outsiders, 'write'));
    expect(await dossierRows(t, other)).toEqual(before);
  });

  it('removes one with the current version', async () => {
    expect(await coach.delete(`/api/clients/${id}/support-contacts/${contactId}`, { 'if-match': '"1"' })).toBeProblem(412, 'stale_version');
    expect((await coach.delete(`/api/clients/${id}/support-contacts/${contactId}`, { 'if-match': '"2"' })).status).toBe(204);
    expect((await coach.get(`/api/clients/${id}/support-contacts`)).body.items.map((c: { name: string }) => c.name)).toEqual(['Tom Peeters']);
    const [row] = await auditRows(t, 'client.support_contact_removed');
    expect(row).toMatchObject({ entity_id: id, details: { supportContactId: contactId } });
  });
});
