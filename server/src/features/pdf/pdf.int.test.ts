import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness.ts';
import { auditRows, userId } from '../../../test/helpers.ts';
import { CLIENT_ACCOUNT, COACH, EMPLOYER, OTHER_COACH, newClient } from '../../../test/clients.ts';
import { fetchPdf } from '../../../test/pdf-text.ts';

let t: TestApp;
let coach: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  coach = await t.as(COACH);
});
afterAll(async () => { await t.close(); });

const get = (c: TestClient, path: string) => fetchPdf(t.app, c.cookie('passend_session'), path);

describe('GET /api/clients/{id}/action-plans/{planId}.pdf', () => {
  let clientId = '';
  let planId = '';
  beforeAll(async () => {
    clientId = await newClient(coach, { givenName: 'Ilse', familyName: 'Van Damme' });
    planId = (await coach.post(`/api/clients/${clientId}/action-plans`, {})).body.id;
    await coach.put(`/api/clients/${clientId}/action-plans/${planId}`, {
      planDate: '2025-03-01', followUpDate: '2025-04-15', providerName: 'Jonas Peeters',
      items: [{ what: 'Proefdag in de bakkerij', how: 'Met haar broer erbij', who: { role: 'family', name: 'Tom' }, when: 'half maart', results: 'Enthousiast' }],
    }, { 'if-match': '"1"' });
  });

  it('is the actieplan form, as an attachment, in nl-BE by default', async () => {
    const res = await get(coach, `/api/clients/${clientId}/action-plans/${planId}.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="actieplan-versie-1.pdf"');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const text = await res.text();
    for (const s of ['Actieplan', 'Naam klant', 'Ilse Van Damme', 'SE-dienstverlener', 'Jonas Peeters', 'Opvolgingsdatum', '15/04/2025',
      'Wat', 'Hoe', 'Wie (verantwoordelijke)', 'Wanneer', 'Resultaten met commentaren', 'Proefdag in de bakkerij', 'Met haar broer erbij', 'familielid: Tom',
      'half maart', 'Enthousiast', 'Ik heb dit plan mee uitgewerkt en ga ermee akkoord.', 'Handtekening klant', 'Handtekening SE-dienstverlener']) {
      expect(text).toContain(s);
    }
  });

  it.each([
    ['en', 'action-plan-version-1.pdf', ['Action plan', 'Client name', 'Follow-up date', '15 April 2025']],
    ['nl-NL', 'actieplan-versie-1.pdf', ['Naam cliënt', 'Evaluatiedatum', '15-04-2025']],
  ])('speaks %s when asked', async (lang, file, expected) => {
    const res = await get(coach, `/api/clients/${clientId}/action-plans/${planId}.pdf?lang=${lang}`);
    expect(res.headers.get('content-disposition')).toContain(file);
    const text = await res.text();
    for (const s of expected) expect(text).toContain(s);
  });

  it('refuses an unknown language or a malformed id, and answers 404 for what is not a plan of this client', async () => {
    expect(await coach.get(`/api/clients/${clientId}/action-plans/${planId}.pdf?lang=fr`)).toBeProblem(400, 'validation');
    for (const bad of ['not-a-plan.pdf', planId, `${planId}.pdf.pdf`]) {
      const res = await coach.get(`/api/clients/${clientId}/action-plans/${bad}`);
      expect(res).toBeProblem(400, 'validation');
      expect(res.body.errors[0].path).toBe('planId');
    }
    const other = await newClient(coach);
    expect(await coach.get(`/api/clients/${other}/action-plans/${planId}.pdf`)).toBeProblem(404, 'not_found');
    expect(await (await t.as(OTHER_COACH)).get(`/api/clients/${clientId}/action-plans/${planId}.pdf`)).toBeProblem(404, 'not_found');
  });
});

describe('GET /api/clients/{id}/vocational-profile.pdf', () => {
  let karim = '';
  beforeAll(async () => {
    karim = (await t.db.selectFrom('clients as c').innerJoin('users as u', 'u.id', 'c.user_id').select('c.id').where('u.email', '=', CLIENT_ACCOUNT).executeTakeFirstOrThrow()).id;
    const current = (await coach.get(`/api/clients/${karim}/vocational-profile`)).body;
    const res = await coach.put(`/api/clients/${karim}/vocational-profile`, {
      profile: {
        ...current.profile,
        hobbies: 'Voetbal bij KAA Gent supporters',
        education: [{ date: '2014', school: 'Sint-Lucas Gent', diploma: 'Bakker', grade: 'A' }],
        workExperience: [{ from: '2019-09', to: '2020-06', employer: 'Bakkerij Dewitte', jobTitle: 'Hulpbakker', mainTasks: 'Deeg maken', reasonForLeaving: 'Sluiting' }],
        aspirations: { ...current.profile.aspirations, idealCareer: 'Bakker in een grote winkel', maxTravelKm: 15, transport: ['bicycle'] },
      },
      health: { description: 'Epilepsie, onder controle', impactOnWork: 'Geen nachtwerk', additionalSupport: '' },
      benefits: { rows: [{ kind: 'Inkomensvervangende tegemoetkoming', amount: 1234.5, frequency: 'monthly' }] },
    }, { 'if-match': `"${current.version}"` });
    if (res.status !== 200) throw new Error(`saving the profile failed: ${res.status} ${JSON.stringify(res.body)}`);
  });

  it('holds every section of the beroepsoriënteringsschema for the coach', async () => {
    const res = await get(coach, `/api/clients/${karim}/vocational-profile.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="beroepsorienteringsschema.pdf"');
    const text = await res.text();
    for (const s of ['Beroepsoriënteringsschema', 'Persoonlijke gegevens', 'Voornaam', 'Karim', 'El Amrani', 'Rijksregisternummer', 'Naaste familie',
      'Te raadplegen betrokkenen', 'Gezondheidstoestand of informatie omtrent de beperkingen', 'Epilepsie, onder controle', 'Geen nachtwerk',
      'Sociale zekerheid / tegemoetkomingen / pensioen', 'Inkomensvervangende tegemoetkoming', 'maandelijks', 'Opleiding', 'Sint-Lucas Gent', 'Vorming',
      'Werkervaring', 'Bakkerij Dewitte', 'Hulpbakker', 'Sluiting', '09/2019', 'Hobby’s en interesses', 'Voetbal bij KAA Gent supporters',
      'Jobaspiraties en -voorkeuren', 'Bakker in een grote winkel', 'Reisafstand tot 15 km', 'fiets', 'Persoonlijke competenties en vaardigheden']) {
      expect(text).toContain(s);
    }
    expect(text).not.toContain('(niet gedeeld)');
  });

  it('shows an employer only the consented vocational profile: no identity, health or benefits, and audits it', async () => {
    const hr = await t.as(EMPLOYER);
    expect(await hr.get(`/api/clients/${karim}/vocational-profile.pdf`)).toBeProblem(404, 'not_found');
    const res = await get(hr, `/api/clients/${karim}/vocational-profile.pdf?purpose=job_finding&lang=en`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('Voetbal bij KAA Gent supporters');
    expect(text).toContain('Hobbies and interests');
    for (const hidden of ['Karim', 'El Amrani', 'Epilepsie', 'Geen nachtwerk', 'Inkomensvervangende', '1,234.50']) expect(text).not.toContain(hidden);
    expect(text.match(/\(not shared\)/g)).toHaveLength(3);
    const [read] = await auditRows(t, 'client.read');
    expect(read).toMatchObject({ actor_user_id: await userId(t, EMPLOYER), entity_id: karim, details: { categories: ['vocational_profile'], purpose: 'job_finding' } });
  });

  it('answers 404 to a coach who is not his', async () => {
    expect(await (await t.as(OTHER_COACH)).get(`/api/clients/${karim}/vocational-profile.pdf`)).toBeProblem(404, 'not_found');
  });
});
