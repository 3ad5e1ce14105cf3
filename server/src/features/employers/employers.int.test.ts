import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { COACH, EMPLOYER, consent, newClient, otherOrganisationCoach } from '../../../test/clients.ts';
import { auditRows, organisationId } from '../../../test/helpers.ts';

let t: TestApp;
let coach: TestClient;
let foreign: TestClient;
let hr: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  foreign = await otherOrganisationCoach(t);
  hr = await t.as(EMPLOYER);
});
afterAll(async () => { await t.close(); });

const groenhof = async () =>
  (await t.db.selectFrom('employers').select('id').where('name', '=', 'Groenhof Supermarkten').executeTakeFirstOrThrow()).id;

/** Everything of one employer record, to show that a refused request changed nothing. */
async function employerRows(id: string) {
  return {
    employer: await t.db.selectFrom('employers').selectAll().where('id', '=', id).execute(),
    sites: await t.db.selectFrom('employer_sites').selectAll().where('employer_id', '=', id).orderBy('id').execute(),
    contacts: await t.db.selectFrom('employer_contacts').selectAll().where('employer_id', '=', id).orderBy('id').execute(),
    approaches: await t.db.selectFrom('employer_approaches').selectAll().where('employer_id', '=', id).orderBy('id').execute(),
  };
}

async function names(q: string) {
  return (await coach.get(`/api/employers?q=${encodeURIComponent(q)}`)).body.items.map((e: { name: string }) => e.name);
}

describe('the demo employers', () => {
  it('lists the demo records with the follow-up that is due first flagged', async () => {
    const res = await coach.get('/api/employers');
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.body.items.map((e: { name: string }) => [e.name, e]));
    expect(byName['Groenhof Supermarkten']).toMatchObject({ linked: true, relation: 'keeper', cities: ['Gent', 'Mechelen'], sizeClass: '250+', followUpDue: false });
    expect(byName['Vrachtwerk Gent']).toMatchObject({ linked: false, followUpDue: true });
    const due = await coach.get('/api/employers?due=true');
    expect(due.body.items.map((e: { name: string }) => e.name)).toContain('Vrachtwerk Gent');
    expect(due.body.items.map((e: { name: string }) => e.name)).not.toContain('Groenhof Supermarkten');
  });

  it('searches by name, sector and site city', async () => {
    expect(await names('vracht')).toEqual(['Vrachtwerk Gent']);
    expect(await names('detailhandel')).toEqual(['Groenhof Supermarkten']);
    expect(await names('Mechelen')).toEqual(['Groenhof Supermarkten']);
    expect(await names('%')).toEqual([]);
  });

  it('shows the record with its sites, contacts and the approach log to the keeping organisation', async () => {
    const id = await groenhof();
    const res = await coach.get(`/api/employers/${id}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ name: 'Groenhof Supermarkten', relation: 'keeper', linkedOrganisation: { name: 'Groenhof Supermarkten' } });
    expect(res.body.notes).toBeTruthy();
    expect(res.body.sites.map((s: { name: string; lat: number }) => [s.name, typeof s.lat])).toEqual([['Gent-Zuid', 'number'], ['Mechelen', 'number']]);
    expect(res.body.contacts[0]).toMatchObject({ name: 'Els Janssens', decidesOnHiring: true });
    const log = await coach.get(`/api/employers/${id}/approaches`);
    expect(log.body.items).toHaveLength(1);
    expect(log.body.items[0]).toMatchObject({ method: 'introduction', agreements: ['advice_future_vacancies', 'next_step_match'], createdBy: { name: 'Jonas Peeters' } });
    expect(res.body.nextFollowUp).toBe(log.body.items[0].followUpDate);
  });
});

describe('the linked employer organisation', () => {
  it('reads its own record, sites and contacts, without the notes or the follow-up', async () => {
    const id = await groenhof();
    const list = await hr.get('/api/employers');
    expect(list.body.items).toEqual([expect.objectContaining({ id, relation: 'linked', lastApproachOn: null, nextFollowUp: null, followUpDue: false })]);
    const res = await hr.get(`/api/employers/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.relation).toBe('linked');
    expect(res.body).not.toHaveProperty('notes');
    expect(res.body).not.toHaveProperty('nextFollowUp');
    expect((await hr.get(`/api/employers/${id}/sites`)).body.items).toHaveLength(2);
    expect((await hr.get(`/api/employers/${id}/contacts`)).body.items.length).toBeGreaterThan(0);
  });

  it('never reads the approach log, which is the coaching organisation\'s own: 404 as for a record that does not exist', async () => {
    const id = await groenhof();
    expect(await hr.get(`/api/employers/${id}/approaches`)).toBeProblem(404, 'not_found');
    expect(await hr.get('/api/employers/00000000-0000-4000-8000-000000000000/approaches')).toBeProblem(404, 'not_found');
  });

  it('does not read records that are not linked to it, nor write any', async () => {
    const vrachtwerk = (await t.db.selectFrom('employers').select('id').where('name', '=', 'Vrachtwerk Gent').executeTakeFirstOrThrow()).id;
    expect(await hr.get(`/api/employers/${vrachtwerk}`)).toBeProblem(404, 'not_found');
    const id = await groenhof();
    const before = await employerRows(id);
    expect(await hr.post(`/api/employers/${id}/contacts`, { name: 'Iemand' })).toBeProblem(403, 'forbidden');
    expect(await hr.put(`/api/employers/${id}`, { name: 'Anders' }, { 'if-match': '"1"' })).toBeProblem(403, 'forbidden');
    expect(await employerRows(id)).toEqual(before);
  });

  it("supervisors of the employer don't see the record", async () => {
    const supervisor = await t.as('supervisor@employer.passend.test');
    expect((await supervisor.get('/api/employers')).body.items).toEqual([]);
    expect(await supervisor.get(`/api/employers/${await groenhof()}`)).toBeProblem(404, 'not_found');
  });
});

describe('another coaching organisation', () => {
  it('gets 404 on every route and changes nothing', async () => {
    const id = await groenhof();
    const before = await employerRows(id);
    const site = before.sites[0]!.id;
    const contact = before.contacts[0]!.id;
    const approach = before.approaches[0]!.id;
    expect((await foreign.get('/api/employers')).body.items).toEqual([]);
    const answers = [
      await foreign.get(`/api/employers/${id}`),
      await foreign.get(`/api/employers/${id}/sites`),
      await foreign.get(`/api/employers/${id}/contacts`),
      await foreign.get(`/api/employers/${id}/approaches`),
      await foreign.put(`/api/employers/${id}`, { name: 'Overgenomen' }, { 'if-match': '"1"' }),
      await foreign.post(`/api/employers/${id}/sites`, { name: 'X' }),
      await foreign.put(`/api/employers/${id}/sites/${site}`, { name: 'X' }, { 'if-match': '"1"' }),
      await foreign.delete(`/api/employers/${id}/sites/${site}`, { 'if-match': '"1"' }),
      await foreign.post(`/api/employers/${id}/contacts`, { name: 'X' }),
      await foreign.put(`/api/employers/${id}/contacts/${contact}`, { name: 'X' }, { 'if-match': '"1"' }),
      await foreign.delete(`/api/employers/${id}/contacts/${contact}`, { 'if-match': '"1"' }),
      await foreign.post(`/api/employers/${id}/approaches`, { approachedOn: '2025-01-01', method: 'phone' }),
      await foreign.put(`/api/employers/${id}/approaches/${approach}`, { approachedOn: '2025-01-01', method: 'phone' }, { 'if-match': '"1"' }),
    ];
    expect(answers.map((r) => [r.status, r.body?.code])).toEqual(answers.map(() => [404, 'not_found']));
    expect(await employerRows(id)).toEqual(before);
  });
});

describe('keeping an employer record', () => {
  let id = '';

  it('creates a record with an audit row', async () => {
    const res = await coach.post('/api/employers', { name: '  Bakkerij De Gouden Aar ', sector: 'Voeding', sizeClass: '10-49', website: 'https://goudenaar.example' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Bakkerij De Gouden Aar', sector: 'Voeding', sizeClass: '10-49', linkedOrganisation: null, relation: 'keeper', sites: [], contacts: [], version: 1, nextFollowUp: null });
    id = res.body.id;
    const [row] = await auditRows(t, 'employer.created');
    expect(row).toMatchObject({ entity: 'employer', entity_id: id, organisation_id: await organisationId(t, 'Jobcoaching Schelde') });
  });

  it('refuses invalid input with field paths', async () => {
    const res = await coach.post('/api/employers', { name: '', sizeClass: '5-10', website: 'ftp://x', extra: 1 });
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['name', 'sizeClass', 'website']));
    const site = await coach.post(`/api/employers/${id}/sites`, { name: 'Winkel', lat: 51 });
    expect(site).toBeProblem(400, 'validation');
    expect(site.body.errors.map((e: { path: string }) => e.path)).toContain('lon');
    const approach = await coach.post(`/api/employers/${id}/approaches`, { approachedOn: '2025-03-10', method: 'fax', agreements: ['keep_in_touch', 'keep_in_touch'], followUpDate: '2025-03-01' });
    expect(approach).toBeProblem(400, 'validation');
    expect(approach.body.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(['method']));
  });

  it('links only to an organisation of kind employer, once per coaching organisation', async () => {
    const coaching = await organisationId(t, 'Partnerwerk Antwerpen');
    const wrongKind = await coach.put(`/api/employers/${id}`, { name: 'Bakkerij De Gouden Aar', linkedOrganisationId: coaching }, { 'if-match': '"1"' });
    expect(wrongKind).toBeProblem(400, 'validation');
    expect(wrongKind.body.errors).toEqual([{ path: 'linkedOrganisationId', message: 'not_found' }]);
    const taken = await coach.put(`/api/employers/${id}`, { name: 'Bakkerij De Gouden Aar', linkedOrganisationId: await organisationId(t, 'Groenhof Supermarkten') }, { 'if-match': '"1"' });
    expect(taken).toBeProblem(409, 'conflict');
  });

  it('updates with If-Match: 428 without, 412 with the current record when stale', async () => {
    expect(await coach.put(`/api/employers/${id}`, { name: 'Bakkerij Aar' })).toBeProblem(428, 'precondition_required');
    const ok = await coach.put(`/api/employers/${id}`, { name: 'Bakkerij Aar', notes: 'Zoekt een hulp in de winkel.' }, { 'if-match': '"1"' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Bakkerij Aar', version: 2, notes: 'Zoekt een hulp in de winkel.' });
    const stale = await coach.put(`/api/employers/${id}`, { name: 'Bakkerij Oud' }, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ name: 'Bakkerij Aar', version: 2 });
    expect(await auditRows(t, 'employer.updated')).toHaveLength(1);
  });

  it('keeps sites and contacts; a contact keeps no site once it is removed', async () => {
    const site = await coach.post(`/api/employers/${id}/sites`, { name: 'Winkel Sint-Amandsberg', postcode: '9040', city: 'Gent', lat: 51.06, lon: 3.75 });
    expect(site.status).toBe(201);
    const contact = await coach.post(`/api/employers/${id}/contacts`, { name: 'Marleen', jobTitle: 'Zaakvoerder', decidesOnHiring: true, siteId: site.body.id, email: 'marleen@goudenaar.example' });
    expect(contact.status).toBe(201);
    expect(contact.body).toMatchObject({ siteId: site.body.id, decidesOnHiring: true });
    const foreignSite = (await employerRows(await groenhof())).sites[0]!.id;
    const wrongSite = await coach.post(`/api/employers/${id}/contacts`, { name: 'Iemand', siteId: foreignSite });
    expect(wrongSite).toBeProblem(400, 'validation');
    expect(wrongSite.body.errors).toEqual([{ path: 'siteId', message: 'not_found' }]);
    const changed = await coach.put(`/api/employers/${id}/sites/${site.body.id}`, { name: 'Winkel Dampoort', city: 'Gent' }, { 'if-match': '"1"' });
    expect(changed.body).toMatchObject({ name: 'Winkel Dampoort', lat: null, version: 2 });
    expect(await coach.delete(`/api/employers/${id}/sites/${site.body.id}`, { 'if-match': '"1"' })).toBeProblem(412, 'stale_version');
    expect((await coach.delete(`/api/employers/${id}/sites/${site.body.id}`, { 'if-match': '"2"' })).status).toBe(204);
    const contacts = (await coach.get(`/api/employers/${id}/contacts`)).body.items;
    expect(contacts).toEqual([expect.objectContaining({ name: 'Marleen', siteId: null })]);
    for (const action of ['employer.site_added', 'employer.site_changed', 'employer.site_removed', 'employer.contact_added']) {
      expect((await auditRows(t, action)).length).toBeGreaterThan(0);
    }
  });

  it('logs approaches in the five elements and shows the follow-up', async () => {
    const res = await coach.post(`/api/employers/${id}/approaches`, {
      approachedOn: '2025-03-10', information: 'Drie winkels, de zaakvoerder beslist.', method: 'cold_call', purpose: 'Ons voorstellen',
      meetingDate: '2025-03-12', meetingWith: 'Marleen', meetingNotes: 'Open voor een proefdag.',
      objections: [{ objection: 'Geen tijd om iemand op te leiden', response: 'De jobcoach begeleidt de eerste weken' }],
      agreements: ['keep_in_touch', 'explore_other_jobs'], agreementNotes: 'Terugbellen na Pasen', followUpDate: '2025-04-25',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ method: 'cold_call', objections: [{ objection: 'Geen tijd om iemand op te leiden' }], agreements: ['keep_in_touch', 'explore_other_jobs'], followUpDate: '2025-04-25', version: 1 });
    const [row] = await auditRows(t, 'employer.approach_logged');
    expect(row).toMatchObject({ entity_id: id });
    const list = (await coach.get('/api/employers?q=Aar')).body.items;
    expect(list).toEqual([expect.objectContaining({ lastApproachOn: '2025-03-10', nextFollowUp: '2025-04-25', followUpDue: true })]);
    expect(await coach.put(`/api/employers/${id}/approaches/${res.body.id}`, { approachedOn: '2025-03-10', method: 'phone' })).toBeProblem(428, 'precondition_required');
    const changed = await coach.put(`/api/employers/${id}/approaches/${res.body.id}`, { approachedOn: '2025-03-10', method: 'phone', followUpDate: null }, { 'if-match': '"1"' });
    expect(changed.body).toMatchObject({ method: 'phone', followUpDate: null, objections: [], version: 2 });
    const stale = await coach.put(`/api/employers/${id}/approaches/${res.body.id}`, { approachedOn: '2025-03-10', method: 'email' }, { 'if-match': '"1"' });
    expect(stale).toBeProblem(412, 'stale_version');
    expect(stale.body.current).toMatchObject({ method: 'phone', version: 2 });
  });

  it("an approach for a client of the coach's own needs that client's consent when the employer has its own organisation", async () => {
    const clientId = await newClient(coach);
    const linked = await groenhof();
    const refused = await coach.post(`/api/employers/${linked}/approaches`, { approachedOn: '2025-03-10', method: 'email', clientId });
    expect(refused).toBeProblem(409, 'conflict');
    expect(refused.body.errors).toEqual([{ path: 'clientId', message: 'consent_required' }]);
    await consent(t, clientId, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    expect((await coach.post(`/api/employers/${linked}/approaches`, { approachedOn: '2025-03-10', method: 'email', clientId })).status).toBe(201);
    // a client the coach is not on the team of cannot be named
    const other = await newClient(await t.as('coach2@coaching.passend.test'));
    const notMine = await coach.post(`/api/employers/${id}/approaches`, { approachedOn: '2025-03-10', method: 'email', clientId: other });
    expect(notMine).toBeProblem(400, 'validation');
  });

  it('an approach for a client at an employer without Passend accounts needs a consent naming that employer record', async () => {
    const clientId = await newClient(coach);
    const vrachtwerk = (await t.db.selectFrom('employers').select('id').where('name', '=', 'Vrachtwerk Gent').executeTakeFirstOrThrow()).id;
    const approach = { approachedOn: '2025-03-10', method: 'phone', clientId };
    const refused = await coach.post(`/api/employers/${vrachtwerk}/approaches`, approach);
    expect(refused).toBeProblem(409, 'conflict');
    expect(refused.body.errors).toEqual([{ path: 'clientId', message: 'consent_required' }]);
    // A consent for another purpose, or one to another organisation, does not do.
    await consent(t, clientId, 'Groenhof Supermarkten', ['vocational_profile'], 'job_finding');
    const other = await coach.post(`/api/clients/${clientId}/consents`, {
      recipientEmployerId: vrachtwerk, categories: ['vocational_profile'], purpose: 'job_support', method: 'verbal',
    });
    expect(other.status).toBe(201);
    expect(await coach.post(`/api/employers/${vrachtwerk}/approaches`, approach)).toBeProblem(409, 'conflict');
    const given = await coach.post(`/api/clients/${clientId}/consents`, {
      recipientEmployerId: vrachtwerk, categories: ['vocational_profile'], purpose: 'job_finding', method: 'written', evidence: 'Formulier getekend',
    });
    expect(given.status).toBe(201);
    const logged = await coach.post(`/api/employers/${vrachtwerk}/approaches`, approach);
    expect(logged.status).toBe(201);
    expect(logged.body).toMatchObject({ clientId });
    expect((await coach.post(`/api/clients/${clientId}/consents/${given.body.id}/withdraw`)).status).toBe(200);
    const before = await employerRows(vrachtwerk);
    const again = await coach.post(`/api/employers/${vrachtwerk}/approaches`, approach);
    expect(again).toBeProblem(409, 'conflict');
    expect(again.body.errors).toEqual([{ path: 'clientId', message: 'consent_required' }]);
    // Changing an approach to name the client is held to the same rule.
    const withoutClient = await coach.post(`/api/employers/${vrachtwerk}/approaches`, { approachedOn: '2025-03-11', method: 'phone' });
    expect(withoutClient.status).toBe(201);
    const changed = await coach.put(`/api/employers/${vrachtwerk}/approaches/${withoutClient.body.id}`, approach, { 'if-match': '"1"' });
    expect(changed).toBeProblem(409, 'conflict');
    expect((await employerRows(vrachtwerk)).approaches.filter((a) => a.client_id === clientId)).toEqual(before.approaches.filter((a) => a.client_id === clientId));
  });
});
