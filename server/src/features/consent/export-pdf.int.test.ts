import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import { CLIENT_ACCOUNT, COACH, EMPLOYER, FOREIGN_COACH, OTHER_COACH, TEAM_LEAD, newClient, otherOrganisationCoach } from '../../../test/clients.ts';
import { fetchPdf } from '../../../test/pdf-text.ts';

let t: TestApp;
let coach: TestClient;
let karim: TestClient;
let karimId = '';
const SOME_ID = '00000000-0000-4000-8000-000000000000';

const get = (c: TestClient, path: string) => fetchPdf(t.app, c.cookie('passend_session'), path);
const exportPdf = (id: string, query = '') => `/api/clients/${id}/export.pdf${query}`;

beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
  karim = await t.as(CLIENT_ACCOUNT);
  karimId = (await t.db.selectFrom('clients').select('id').where('user_id', '=', await userId(t, CLIENT_ACCOUNT)).executeTakeFirstOrThrow()).id;
  // An outside read for the access log, a contact note and an appointment: every part has something.
  const setup = [
    await (await t.as(EMPLOYER)).get(`/api/clients/${karimId}/vocational-profile?purpose=job_finding`),
    await coach.post(`/api/clients/${karimId}/notes`, { date: '2025-03-04', kind: 'phone', text: 'Karim belde over de proefdag bij Groenhof.' }),
    await coach.post(`/api/clients/${karimId}/appointments`, {
      place: 'Bibliotheek De Krook, Gent', startsAt: '2025-03-31T10:00:00+02:00', endsAt: '2025-03-31T11:30:00+02:00', participants: ['Karim El Amrani', 'Jonas Peeters'],
    }),
  ];
  if (setup.some((r) => r.status >= 300)) throw new Error(`setting up Karim's dossier failed: ${setup.map((r) => r.status).join(', ')}`);
});
afterAll(async () => { await t.close(); });

/** What the demo world holds about Karim, as it must appear in the PDF whatever the language. */
const KARIM_DATA = [
  'Karim', 'El Amrani', '96031412339', // identity
  'Fatima El Amrani', // support network
  'Zaalvoetbal met een buurtploeg', // a field of the vocational profile
  'Lichte verstandelijke beperking', // health
  'Oordopjes met filter uitproberen voor drukke ruimtes', 'Kennismaking en proefdag bij Groenhof Gent-Zuid', // the plan's items
  'Karim belde over de proefdag bij Groenhof.', 'Bibliotheek De Krook, Gent', // note and appointment
  'Groenhof Supermarkten', // the consent's recipient
  'Els Janssens', // the access log: who read it
];

describe('GET /api/clients/{id}/export.pdf', () => {
  it('gives the client everything held about them as a readable PDF, a part per kind of data, in their language', async () => {
    const res = await get(karim, exportPdf(karimId));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="passend-${karimId}.pdf"`);
    expect(Buffer.from(res.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = await res.text();
    for (const s of [
      'INZAGE IN PERSOONSGEGEVENS (AVG)', 'Alle gegevens over Karim El Amrani', 'Identiteit en contactgegevens', 'Persoonlijke gegevens', 'Rijksregisternummer',
      'Steunnetwerk', 'Traject', 'Fase 2: beroepsgerichte profilering', 'Fase 1: klantbetrokkenheid', 'Beroepsgericht profiel',
      'Gezondheidstoestand of informatie omtrent de beperkingen', 'Sociale zekerheid / tegemoetkomingen / pensioen', 'Actieplannen',
      'Actieplan, versie 1 (goedgekeurd door klant en SE-dienstverlener)', 'Handtekening klant', 'Contactnotities', 'Afspraken', 'Toestemmingen',
      'Wie zag wat, wanneer', 'beroepsgericht profiel', 'jobfinding (zoeken naar werk)', 'actief', 'ontvanger met toestemming',
      '04/03/2025', '31/03/2025 10:00 – 11:30', 'Jobcoaching Schelde', 'Jonas Peeters',
      ...KARIM_DATA,
    ]) expect(text).toContain(s);
    expect(text).not.toContain('(niet gedeeld)');
  });

  it('gives the client’s own coach the same document', async () => {
    const res = await get(coach, exportPdf(karimId));
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const s of KARIM_DATA) expect(text).toContain(s);
  });

  it.each([
    ['en', ['All data about Karim El Amrani', 'ACCESS TO PERSONAL DATA (GDPR)', 'Identity and contact details', 'Support network', 'Trajectory', 'Phase 1: client engagement',
      'Vocational profile', 'Action plans', 'Action plan, version 1 (agreed by the client and the SE provider)', 'Contact notes', 'Appointments', 'Consents',
      'Who saw what, when', 'Personal details', 'Belgian national register number', 'job finding', 'recipient with consent', '4 March 2025'], 'Identiteit en contactgegevens'],
    ['nl-NL', ['Alle gegevens over Karim El Amrani', 'Naam cliënt', 'Belgisch rijksregisternummer', 'werk zoeken (bemiddeling naar werk)', '04-03-2025'], 'Naam klant'],
  ])('speaks %s with ?lang=', async (lang, expected, notExpected) => {
    const res = await get(coach, exportPdf(karimId, `?lang=${lang}`));
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const s of [...expected, ...KARIM_DATA]) expect(text).toContain(s);
    expect(text).not.toContain(notExpected);
  });

  it('without ?lang= follows the language of the account', async () => {
    const coachId = await userId(t, COACH);
    await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', coachId).execute();
    try {
      const text = await (await get(coach, exportPdf(karimId))).text();
      expect(text).toContain('Identity and contact details');
    } finally {
      await t.db.updateTable('users').set({ locale: 'nl-BE' }).where('id', '=', coachId).execute();
    }
  });

  it('refuses a language it does not speak and a malformed id with 400', async () => {
    expect(await coach.get(exportPdf(karimId, '?lang=fr'))).toBeProblem(400, 'validation');
    const res = await coach.get('/api/clients/not-a-uuid/export.pdf');
    expect(res).toBeProblem(400, 'validation');
    expect(res.body.errors[0].path).toBe('id');
  });

  it('answers everyone else as for a client that does not exist, the employer with the demo consent included, and writes no audit row', async () => {
    await otherOrganisationCoach(t);
    const before = await t.db.selectFrom('audit_log').select('id').where('entity_id', '=', karimId).execute();
    for (const [email, query, status] of [
      // Employers and intermediaries may not export anyone ('clients.export' is for the client and their coaching team): 403 for every id.
      [EMPLOYER, '', 403], [EMPLOYER, '?purpose=job_finding', 403], ['supervisor@employer.passend.test', '?purpose=job_finding', 403],
      ['coach@partner.passend.test', '?purpose=job_finding', 403],
      // Coaches who are not his, in his organisation or another: 404.
      [OTHER_COACH, '', 404], [FOREIGN_COACH, '', 404],
    ] as const) {
      const c = await t.as(email);
      const res = await c.get(exportPdf(karimId, query));
      const unknown = await c.get(exportPdf(SOME_ID, query));
      expect({ email, query, status: res.status, type: res.headers.get('content-type') }).toEqual({ email, query, status, type: expect.stringMatching(/^application\/problem\+json/) });
      expect(res.body).toEqual({ ...unknown.body, instance: res.body.instance });
    }
    expect(await coach.get(exportPdf(SOME_ID))).toBeProblem(404, 'not_found');
    expect(await t.db.selectFrom('audit_log').select('id').where('entity_id', '=', karimId).execute()).toEqual(before);
  });

  it('is audited like the JSON export: a row per download by the team lead, shown in the access log; none for the client or their coach', async () => {
    const before = (await auditRows(t, 'client.read')).length;
    await get(karim, exportPdf(karimId));
    await get(coach, exportPdf(karimId));
    expect((await auditRows(t, 'client.read')).length).toBe(before);
    const lead = await t.as(TEAM_LEAD);
    for (const n of [1, 2]) {
      expect((await get(lead, exportPdf(karimId))).status).toBe(200);
      const rows = await auditRows(t, 'client.read');
      expect(rows.length).toBe(before + n);
      expect(rows[0]).toMatchObject({
        actor_user_id: await userId(t, TEAM_LEAD), entity: 'client', entity_id: karimId,
        details: { relation: 'team_lead', purpose: null, categories: ['identity', 'vocational_profile', 'health', 'benefits', 'action_plan', 'notes', 'documents'] },
      });
    }
    const text = await (await get(karim, exportPdf(karimId))).text();
    expect(text).toContain('Sofie Claes');
    expect(text).toContain('(teamverantwoordelijke)');
  });

  it('is described in the OpenAPI document, with its language and its PDF answer', async () => {
    const spec = (await t.client().get('/api/openapi.json')).body;
    const op = spec.paths['/api/clients/{id}/export.pdf'].get;
    expect(op.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`).toSorted()).toEqual(['path:id', 'query:lang']);
    expect(Object.keys(op.responses[200].content)).toEqual(['application/pdf']);
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404']));
  });

  it('reads well for a dossier with little in it yet', async () => {
    const id = await newClient(coach, { givenName: 'Çağrı', familyName: 'Öztürk' });
    const res = await get(coach, exportPdf(id));
    expect(res.status).toBe(200);
    const text = await res.text();
    for (const s of ['Alle gegevens over Çağrı Öztürk', 'Fase 1: klantbetrokkenheid', 'Traject geopend in Fase 1: klantbetrokkenheid',
      'Nog geen beroepsoriënteringsschema bewaard.', 'Nog geen actieplan.', 'Niets vastgelegd.', 'nog niet akkoord']) expect(text).toContain(s);
  });
});
